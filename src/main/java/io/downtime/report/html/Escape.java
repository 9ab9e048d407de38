package io.downtime.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Escaping of untrusted text (device names, file names, messages: all come from logs) for each
 * context a page puts text in. Each method is right for exactly one context; docs/html-report.md
 * lists which is used where.
 */
public final class Escape {
    // Keys in a fixed order: chart settings are built from Map.of, whose order changes from one JVM start
    // to the next, and a page made twice from the same logs should be the same bytes. Chart's builders
    // turn their settings into JSON with it too.
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private Escape() {
    }

    /** Text between tags ({@code <td>HERE</td>}). */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A value inside a double- or single-quoted attribute ({@code title="HERE"}). Never for unquoted attributes. */
    public static String attribute(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A complete JavaScript string literal, quotes included, for code inside a {@code <script>}
     * element. Besides quotes, backslashes and line terminators, {@code <}, {@code >}, {@code &} and
     * {@code /} are written as {@code \}u escapes, so the literal can never end the script element
     * ({@code </script>}), open an HTML comment ({@code <!--}) or carry an entity.
     */
    public static String jsString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&' || c == '/' || c == '\''
                            || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * JSON for a {@code <script>} element, as a data block or as a JavaScript expression. Jackson
     * already escapes quotes, backslashes and control characters; in JSON, {@code <}, {@code >},
     * {@code &}, U+2028 and U+2029 can only occur inside strings, where their {@code \}u escapes
     * mean the same, so replacing them everywhere keeps the value and removes every way out of
     * the script element.
     */
    public static String scriptJson(JsonNode value) {
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                unicodeEscape(c, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text Plotly draws (tick labels, hover text, titles, legend names). Plotly reads such text as
     * a small HTML subset ({@code <b>}, {@code <br>}, {@code <a href>}) and decodes entities, so a
     * device named {@code <b>x</b>} would be drawn bold and {@code &lt;} would become {@code <}.
     * Escaping {@code &}, {@code <} and {@code >} as entities makes Plotly draw the text exactly
     * as it was, and leaves no {@code <} but those of line breaks, which Plotly only knows as
     * {@code <br>}.
     */
    public static String plotlyText(String text) {
        return html(text).replace("\n", "<br>");
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }
}
