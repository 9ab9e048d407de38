package io.downtime.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

import java.util.List;
import java.util.Locale;

/**
 * A Plotly chart of a page: the traces and layout built with Tablesaw's jsplot, and a patch for
 * what jsplot 0.44 cannot express (bar bases, hover text, shapes, category axes, titles as Plotly
 * 3+ wants them), merged into them in the browser just before Plotly draws.
 *
 * <p>Text rules. jsplot writes its string settings (trace names, titles) through an HTML escaper
 * into single-quoted JavaScript strings, which leaves backslashes and line breaks raw: only this
 * code's own constant words may go there. Its data arrays ({@code x}, {@code y}, {@code text}) are
 * written as JSON strings, but not escaped for a script element: log text may go there only
 * through {@link Escape#plotlyTexts}. Log text for titles and hover goes through this builder's
 * {@link Builder#title}, {@link Builder#axisTitle} and {@link Builder#traceTexts}, which escape it.
 *
 * @param figure the jsplot figure; its layout may be null
 * @param patch  {@code {"layout": {...}, "traces": [{...}, ...], "config": {...}}}
 */
public record Chart(Figure figure, JsonNode patch) implements Block {
    // Keys in a fixed order: layouts are built from Map.of, whose order changes from one JVM start to
    // the next, and a page made twice from the same logs should be the same bytes.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public static Builder builder(Figure figure) {
        return new Builder(figure);
    }

    /** The chart's element and the script that draws it; {@code id} must be unique in the page. */
    String render(String id) {
        Layout layout = figure.getLayout() != null ? figure.getLayout() : Layout.builder().build();
        Trace[] traces = figure.getTraces();
        StringBuilder script = new StringBuilder("(function () {\n");
        script.append(layout.asJavascript()).append('\n');
        StringBuilder data = new StringBuilder("[");
        for (int i = 0; i < traces.length; i++) {
            script.append(traces[i].asJavascript(i)).append('\n');
            data.append(i > 0 ? ", " : "").append("trace").append(i);
        }
        data.append(']');
        script.append("downtimePage.plot(").append(Escape.jsString(id)).append(", ").append(data)
                .append(", layout, ").append(Escape.scriptJson(patch)).append(");\n})();\n");
        requireNoMarkup(script);
        return "<div class=\"chart\" id=\"" + Escape.attribute(id) + "\"></div>\n<script>\n" + script + "</script>\n";
    }

    // Whatever a caller forgot to escape, it must not end the script element or open markup in it.
    private static void requireNoMarkup(CharSequence script) {
        String lower = script.toString().toLowerCase(Locale.ROOT);
        for (String forbidden : List.of("</script", "<script", "<!--")) {
            if (lower.contains(forbidden)) {
                throw new IllegalStateException("a chart's script contains \"" + forbidden
                        + "\": some log text reached jsplot without Escape.plotlyTexts");
            }
        }
    }

    /** Collects the patch; every method returns this builder. */
    public static final class Builder {
        private final Figure figure;
        private final ObjectNode patch = JsonNodeFactory.instance.objectNode();

        private Builder(Figure figure) {
            this.figure = figure;
            // Fill the page's width instead of jsplot's fixed 700 px.
            layout().putNull("width");
            layout().put("autosize", true);
        }

        /** The chart's title; escaped for Plotly. */
        public Builder title(String text) {
            layout().putObject("title").put("text", Escape.plotlyText(text));
            return this;
        }

        /** The title of {@code axis} ({@code xaxis}, {@code yaxis2}, ...); escaped for Plotly. */
        public Builder axisTitle(String axis, String text) {
            axis(axis).putObject("title").put("text", Escape.plotlyText(text));
            return this;
        }

        public Builder height(int pixels) {
            layout().put("height", pixels);
            return this;
        }

        /**
         * A layout setting of this code's own (numbers, keywords, colours, shapes): {@code value}
         * is turned into JSON as is, nothing in it is escaped for Plotly, so no log text here.
         */
        public Builder layout(String key, Object value) {
            layout().set(key, JSON.valueToTree(value));
            return this;
        }

        /** A setting of {@code axis}, like {@code layout}: no log text. */
        public Builder axis(String axis, String key, Object value) {
            axis(axis).set(key, JSON.valueToTree(value));
            return this;
        }

        /** An attribute of trace {@code index} ({@code base}, {@code hoverinfo}, {@code marker}): no log text. */
        public Builder trace(int index, String attribute, Object value) {
            trace(index).set(attribute, JSON.valueToTree(value));
            return this;
        }

        /** Per-point text of trace {@code index} ({@code text}, {@code hovertext}), each element escaped for Plotly. */
        public Builder traceTexts(int index, String attribute, List<String> texts) {
            ArrayNode array = trace(index).putArray(attribute);
            texts.forEach(text -> array.add(Escape.plotlyText(text)));
            return this;
        }

        /** Text per cell of trace {@code index} (a heatmap's {@code text}, {@code hovertext}), row by row, each escaped for Plotly. */
        public Builder traceTextGrid(int index, String attribute, List<List<String>> rows) {
            ArrayNode grid = trace(index).putArray(attribute);
            rows.forEach(row -> {
                ArrayNode cells = grid.addArray();
                row.forEach(text -> cells.add(Escape.plotlyText(text)));
            });
            return this;
        }

        /** A Plotly configuration option ({@code displayModeBar}, ...). */
        public Builder config(String key, Object value) {
            object(patch, "config").set(key, JSON.valueToTree(value));
            return this;
        }

        public Chart build() {
            return new Chart(figure, patch.deepCopy());
        }

        private ObjectNode layout() {
            return object(patch, "layout");
        }

        private ObjectNode axis(String axis) {
            return object(layout(), axis);
        }

        private ObjectNode trace(int index) {
            int traces = figure.getTraces().length;
            if (index < 0 || index >= traces) {
                throw new IllegalArgumentException("trace " + index + " of a figure with " + traces + " traces");
            }
            ArrayNode array = patch.has("traces") ? (ArrayNode) patch.get("traces") : patch.putArray("traces");
            while (array.size() <= index) {
                array.addObject();
            }
            return (ObjectNode) array.get(index);
        }

        private static ObjectNode object(ObjectNode parent, String key) {
            JsonNode node = parent.get(key);
            return node instanceof ObjectNode existing ? existing : parent.putObject(key);
        }
    }
}
