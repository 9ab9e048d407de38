package io.downtime.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartTest {
    private static final String HOSTILE = "\"</script><img src=x onerror=alert(1)>";

    private static Figure bars(Object[] labels) {
        return new Figure(Layout.builder().build(), BarTrace.builder(labels, new double[]{1.5, 2}).name("save").build());
    }

    @Test
    void jsplotDrawsThePatchCompletes() throws Exception {
        Chart chart = Chart.builder(bars(Escape.plotlyTexts(List.of("ram", HOSTILE))))
                .title("Saves of " + HOSTILE)
                .axis("yaxis", "type", "category")
                .trace(0, "base", new double[]{0.25, 3})
                .traceTexts(0, "hovertext", List.of("ram: 1.5 ms", HOSTILE))
                .build();
        String html = chart.render("chart-7");

        assertTrue(html.startsWith("<div class=\"chart\" id=\"chart-7\"></div>\n<script>\n(function () {\n"), html);
        // jsplot's own trace, with the labels escaped for Plotly before it got them.
        assertTrue(html.contains("x: [\"ram\",\"\\\"&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\"]"), html);
        assertTrue(html.contains("type: 'bar'"), html);
        // One script element, ended only by its own end tag.
        assertEquals(1, html.split("</script>", -1).length - 1);

        String call = "downtimePage.plot(\"chart-7\", [trace0], layout, ";
        int start = html.indexOf(call) + call.length();
        JsonNode patch = new ObjectMapper().readTree(html.substring(start, html.lastIndexOf(");\n})();")));
        assertTrue(patch.at("/layout/width").isNull(), "the chart takes the page's width, not jsplot's 700 px");
        assertTrue(patch.at("/layout/autosize").asBoolean());
        assertEquals("Saves of \"&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", patch.at("/layout/title/text").asText());
        assertEquals("category", patch.at("/layout/yaxis/type").asText());
        assertEquals(0.25, patch.at("/traces/0/base/0").asDouble());
        assertEquals("\"&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", patch.at("/traces/0/hovertext/1").asText());
    }

    /**
     * Layout maps are often Map.of, whose iteration order changes from one JVM start to the next;
     * the patch writes map keys sorted, so a page made twice from the same logs is the same bytes.
     */
    @Test
    void mapKeysAreWrittenInSortedOrder() {
        Map<String, Object> unsorted = new LinkedHashMap<>();
        unsorted.put("z", 1);
        unsorted.put("a", 2);
        unsorted.put("m", Map.of("y", 3));
        String html = Chart.builder(bars(new Object[]{"a", "b"})).layout("margin", unsorted).build().render("chart-2");
        assertTrue(html.contains("\"margin\":{\"a\":2,\"m\":{\"y\":3},\"z\":1}"), html);
    }

    @Test
    void logTextThatReachedJsplotUnescapedIsRefusedNotEmbedded() {
        Chart chart = Chart.builder(bars(new Object[]{"ram", HOSTILE})).build();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> chart.render("chart-1"));
        assertTrue(refused.getMessage().contains("</script"), refused.getMessage());
    }

    @Test
    void patchOfAMissingTraceIsAMistake() {
        Chart.Builder builder = Chart.builder(bars(new Object[]{"a", "b"}));
        assertThrows(IllegalArgumentException.class, () -> builder.trace(1, "base", new double[]{0, 0}));
        assertFalse(builder.build().patch().has("traces"));
    }

    /** A heatmap's labels, row by row, escaped for Plotly like every per-point text. */
    @Test
    void textGridIsEscapedCellByCell() throws Exception {
        Chart chart = Chart.builder(bars(new Object[]{"a", "b"}))
                .traceTextGrid(0, "text", List.of(List.of("1 (+2 may)", HOSTILE), List.of("a & b", "")))
                .build();
        JsonNode grid = chart.patch().at("/traces/0/text");
        assertEquals(2, grid.size());
        assertEquals("1 (+2 may)", grid.get(0).get(0).asText());
        assertEquals("\"&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", grid.get(0).get(1).asText());
        assertEquals("a &amp; b", grid.get(1).get(0).asText());
        assertFalse(chart.render("chart-1").toLowerCase().contains("</script><img"));
    }
}
