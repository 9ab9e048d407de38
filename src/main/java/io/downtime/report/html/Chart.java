package io.downtime.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A Plotly chart of a page: the whole figure, {@code {"data": [...], "layout": {...}, "config": {...}}},
 * built here as one JSON document and handed to {@code Plotly.newPlot} as it is (page.js adds nothing).
 *
 * <p>Text rules. Every value reaches the page as JSON through {@link Escape#scriptJson}, so no text can
 * end the script element. Text Plotly draws (titles, trace names, categories, per-point texts) is read
 * by Plotly as a small HTML subset, so log text must be escaped for Plotly: the builders' methods that
 * take text ({@link Builder#title}, {@link Builder#axisTitle}, {@link Builder#axisCategories},
 * {@link ChartTrace}'s categories, names and texts) do it; the settings ({@link Builder#layout},
 * {@link Builder#axis}, {@link ChartTrace#set}) take this code's own values and escape nothing.
 *
 * @param figure the figure Plotly draws
 */
public record Chart(ObjectNode figure) implements Block {
    public static Builder builder() {
        return new Builder();
    }

    /** The chart's element and the script that draws it; {@code id} must be unique in the page. */
    String render(String id) {
        return "<div class=\"chart\" id=\"" + Escape.attribute(id) + "\"></div>\n<script>\ndowntimePage.plot("
                + Escape.jsString(id) + ", " + Escape.scriptJson(figure) + ");\n</script>\n";
    }

    /** Collects the figure; every method returns this builder. */
    public static final class Builder {
        private final ArrayNode data = JsonNodeFactory.instance.arrayNode();
        private final ObjectNode layout = JsonNodeFactory.instance.objectNode();
        private final ObjectNode config = JsonNodeFactory.instance.objectNode();

        private Builder() {
            // Fill the page's width; Plotly's default is a fixed 700 px.
            layout.put("autosize", true);
            // Redrawn when the window changes size, and without Plotly's logo in the mode bar.
            config.put("responsive", true);
            config.put("displaylogo", false);
        }

        /** The next trace, drawn over the ones before. */
        public Builder trace(ChartTrace trace) {
            data.add(trace.json());
            return this;
        }

        /** The chart's title; escaped for Plotly. */
        public Builder title(String text) {
            layout.putObject("title").put("text", Escape.plotlyText(text));
            return this;
        }

        /** The title of {@code axis} ({@code xaxis}, {@code yaxis2}, ...); escaped for Plotly. */
        public Builder axisTitle(String axis, String text) {
            axis(axis).putObject("title").put("text", Escape.plotlyText(text));
            return this;
        }

        /**
         * The categories of {@code axis} in the order drawn ({@code categoryarray}); each escaped for Plotly
         * as {@link ChartTrace}'s categories are, so that the two name the same categories.
         */
        public Builder axisCategories(String axis, List<String> categories) {
            axis(axis).put("categoryorder", "array");
            ArrayNode array = axis(axis).putArray("categoryarray");
            categories.forEach(category -> array.add(Escape.plotlyText(category)));
            return this;
        }

        public Builder height(int pixels) {
            layout.put("height", pixels);
            return this;
        }

        /**
         * A layout setting of this code's own (numbers, keywords, colours, shapes): {@code value}
         * is turned into JSON as is, nothing in it is escaped for Plotly, so no log text here.
         */
        public Builder layout(String key, Object value) {
            layout.set(key, Escape.JSON.valueToTree(value));
            return this;
        }

        /** A setting of {@code axis}, like {@code layout}: no log text. */
        public Builder axis(String axis, String key, Object value) {
            axis(axis).set(key, Escape.JSON.valueToTree(value));
            return this;
        }

        public Chart build() {
            ObjectNode figure = JsonNodeFactory.instance.objectNode();
            figure.set("data", data.deepCopy());
            figure.set("layout", layout.deepCopy());
            figure.set("config", config.deepCopy());
            return new Chart(figure);
        }

        private ObjectNode axis(String axis) {
            return layout.get(axis) instanceof ObjectNode existing ? existing : layout.putObject(axis);
        }
    }
}
