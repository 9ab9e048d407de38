package io.downtime.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each escaping is checked twice: against the exact expected text, and by reading its output back
 * the way the context's own parser does (an HTML parser, a JSON parser) and getting the input again.
 */
class EscapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Text from logs that has broken pages elsewhere: markup, quotes, script ends, comments, line separators. */
    static Stream<String> hostile() {
        return Stream.of(
                "<script>alert(1)</script>",
                "\"</script><img src=x onerror=alert(1)>",
                "'; alert(1); //",
                "</SCRIPT ><!-- <script>",
                "a & b &amp; &lt; &#60;",
                "back\\slash\\",
                "line\nbreak\rcarriage\ttab",
                "separators \u2028 and \u2029",
                "nul \u0000 and del \u007f",
                "0000:00:02.0/vfio",
                "ünïcödé ✓ 𝄞",
                "");
    }

    @Test
    void htmlTextExactly() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Escape.html("<script>alert(1)</script>"));
        assertEquals("a &amp; b &amp;amp; \"quoted\" 'single'", Escape.html("a & b &amp; \"quoted\" 'single'"));
        assertEquals("0000:00:02.0/vfio", Escape.html("0000:00:02.0/vfio"));
    }

    @Test
    void attributeExactly() {
        assertEquals("&quot;&gt;&lt;svg onload=alert(1)&gt; &#39;x&#39; &amp;", Escape.attribute("\"><svg onload=alert(1)> 'x' &"));
    }

    @Test
    void jsStringExactly() {
        assertEquals("\"\\u003c\\u002fscript\\u003e\\u003c!-- \\u0027a\\u0027 \\\"b\\\" \\\\ \\n \\u2028 \\u0026\"",
                Escape.jsString("</script><!-- 'a' \"b\" \\ \n \u2028 &"));
    }

    @Test
    void scriptJsonExactly() {
        ObjectNode value = JSON.createObjectNode().put("name", "</script><!--&\u2028").put("n", 1.5);
        assertEquals("{\"name\":\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\",\"n\":1.5}", Escape.scriptJson(value));
    }

    @Test
    void plotlyTextExactly() {
        assertEquals("&lt;b&gt;bold&lt;/b&gt; &amp;lt;", Escape.plotlyText("<b>bold</b> &lt;"));
        assertEquals("two<br>lines", Escape.plotlyText("two\nlines"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void htmlTextReadsBackAsTheSameText(String text) {
        Document page = Jsoup.parse("<p id=t>" + Escape.html(text) + "</p>");
        assertEquals(text, page.getElementById("t").wholeText());
        assertEquals(1, page.select("body > *").size(), "no element but the paragraph");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void attributeReadsBackInDoubleAndSingleQuotes(String text) {
        Document page = Jsoup.parse("<p id=d title=\"" + Escape.attribute(text) + "\"></p><p id=s title='"
                + Escape.attribute(text) + "'></p>");
        // The HTML standard reads a NUL in an attribute value as U+FFFD; nothing else changes.
        String expected = text.replace('\u0000', '\uFFFD');
        assertEquals(expected, page.getElementById("d").attr("title"));
        assertEquals(expected, page.getElementById("s").attr("title"));
        assertEquals(2, page.select("body > *").size());
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void jsStringIsAStringLiteralThatCannotLeaveItsScript(String text) throws Exception {
        String literal = Escape.jsString(text);
        // Its escapes are all JSON escapes too, so a JSON parser reads the literal's value.
        assertEquals(text, JSON.readTree(literal).textValue());
        assertNoWayOutOfAScript(literal);
        assertFalse(literal.contains("'"), literal);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void scriptJsonKeepsTheValueAndCannotLeaveItsScript(String text) throws Exception {
        ObjectNode value = JSON.createObjectNode();
        value.put(text, text).putArray("list").add(text).add(42);
        String json = Escape.scriptJson(value);
        JsonNode read = JSON.readTree(json);
        assertEquals(value, read);
        assertNoWayOutOfAScript(json);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void plotlyTextLeavesNoMarkupButLineBreaks(String text) {
        String escaped = Escape.plotlyText(text).replace("<br>", "");
        assertFalse(escaped.contains("<") || escaped.contains(">"), escaped);
    }

    private static void assertNoWayOutOfAScript(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        for (String bad : List.of("</script", "<script", "<!--", "\u2028", "\u2029", "<", ">", "&")) {
            assertFalse(lower.contains(bad), () -> bad + " in " + code);
        }
    }
}
