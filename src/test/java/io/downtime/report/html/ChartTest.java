package io.downtime.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartTest {
    private static final String HOSTILE = "\"</script><img src=x onerror=alert(1)>";
    private static final String HOSTILE_FOR_PLOTLY = "\"&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    /** The figure's JSON, read back from the script the chart writes. */
    private static JsonNode figureIn(String html, String id) throws Exception {
        String call = "downtimePage.plot(\"" + id + "\", ";
        int start = html.indexOf(call) + call.length();
        return new ObjectMapper().readTree(html.substring(start, html.lastIndexOf(");\n</script>")));
    }

    @Test
    void theWholeFigureIsOneJsonDocumentWithLogTextEscaped() throws Exception {
        Chart chart = Chart.builder()
                .trace(ChartTrace.horizontalBars(List.of("ram", HOSTILE), new double[]{1.5, 2})
                        .name("save")
                        .set("base", new double[]{0.25, 3})
                        .texts("hovertext", List.of("ram: 1.5 ms\nline 2", HOSTILE)))
                .title("Saves of " + HOSTILE)
                .axis("yaxis", "type", "category")
                .height(300)
                .build();
        String html = chart.render("chart-7");

        assertTrue(html.startsWith("<div class=\"chart\" id=\"chart-7\"></div>\n<script>\ndowntimePage.plot(\"chart-7\", {"), html);
        // One script element, ended only by its own end tag: no '<' of the log text is left in it.
        assertEquals(1, html.split("</script>", -1).length - 1);
        assertFalse(html.substring(html.indexOf("<script>") + 1, html.lastIndexOf("</script>")).contains("<"), html);

        JsonNode figure = figureIn(html, "chart-7");
        assertEquals(List.of("data", "layout", "config"), fieldNames(figure));
        JsonNode bars = figure.at("/data/0");
        assertEquals("bar", bars.get("type").asText());
        assertEquals("h", bars.get("orientation").asText());
        assertEquals("save", bars.get("name").asText());
        assertEquals("[1.5,2.0]", bars.get("x").toString());
        // Categories, titles and texts are escaped for Plotly, which reads them as HTML; a line break is <br>.
        assertEquals(HOSTILE_FOR_PLOTLY, bars.at("/y/1").asText());
        assertEquals("ram: 1.5 ms<br>line 2", bars.at("/hovertext/0").asText());
        assertEquals(HOSTILE_FOR_PLOTLY, bars.at("/hovertext/1").asText());
        assertEquals(0.25, bars.at("/base/0").asDouble());
        assertEquals("Saves of " + HOSTILE_FOR_PLOTLY, figure.at("/layout/title/text").asText());
        assertEquals("category", figure.at("/layout/yaxis/type").asText());
        assertEquals(300, figure.at("/layout/height").asInt());
        // The chart takes the page's width; no fixed width is set.
        assertTrue(figure.at("/layout/autosize").asBoolean());
        assertTrue(figure.at("/layout/width").isMissingNode());
        assertEquals("{\"responsive\":true,\"displaylogo\":false}", figure.get("config").toString());
    }

    /**
     * Settings are often Map.of, whose iteration order changes from one JVM start to the next; the
     * figure writes map keys sorted, so a page made twice from the same logs is the same bytes.
     */
    @Test
    void mapKeysAreWrittenInSortedOrder() {
        Map<String, Object> unsorted = new LinkedHashMap<>();
        unsorted.put("z", 1);
        unsorted.put("a", 2);
        unsorted.put("m", Map.of("y", 3));
        String html = Chart.builder().layout("margin", unsorted).build().render("chart-2");
        assertTrue(html.contains("\"margin\":{\"a\":2,\"m\":{\"y\":3},\"z\":1}"), html);
    }

    /** Markers as jsplot wrote them: positions as decimal strings, the marker's size, colour and symbol. */
    @Test
    void markersKeepJsplotsAttributes() {
        JsonNode markers = ChartTrace.markers(new double[]{0, -31.426}, List.of("src states", "src states"),
                "#2f5d9e", MarkerSymbol.TRIANGLE_UP).json();
        assertEquals("{\"type\":\"scatter\",\"xaxis\":\"x\",\"yaxis\":\"y\",\"name\":\"\",\"mode\":\"markers\","
                + "\"x\":[\"0.0\",\"-31.426\"],\"y\":[\"src states\",\"src states\"],"
                + "\"marker\":{\"size\":10.0,\"color\":\"#2f5d9e\",\"symbol\":\"triangle-up\"}}", markers.toString());
    }

    /** The category order an axis is given names the categories as the traces do: escaped alike. */
    @Test
    void axisCategoriesAreEscapedAsTheTracesCategories() {
        Chart chart = Chart.builder()
                .trace(ChartTrace.horizontalBars(List.of("a & b"), new double[]{1}))
                .axisCategories("yaxis", List.of("a & b"))
                .build();
        assertEquals("array", chart.figure().at("/layout/yaxis/categoryorder").asText());
        assertEquals(chart.figure().at("/data/0/y/0"), chart.figure().at("/layout/yaxis/categoryarray/0"));
        assertEquals("a &amp; b", chart.figure().at("/layout/yaxis/categoryarray/0").asText());
    }

    /** A heatmap's labels, row by row, escaped for Plotly like every per-point text. */
    @Test
    void textGridIsEscapedCellByCell() {
        Chart chart = Chart.builder()
                .trace(ChartTrace.heatmap(List.of("0", "5"), List.of("50", "100"), new double[][]{{0, 1}, {2, 3}})
                        .textGrid("text", List.of(List.of("1 (+2 may)", HOSTILE), List.of("a & b", ""))))
                .build();
        JsonNode heatmap = chart.figure().at("/data/0");
        assertEquals("[[0.0,1.0],[2.0,3.0]]", heatmap.get("z").toString());
        JsonNode grid = heatmap.get("text");
        assertEquals(2, grid.size());
        assertEquals("1 (+2 may)", grid.get(0).get(0).asText());
        assertEquals(HOSTILE_FOR_PLOTLY, grid.get(0).get(1).asText());
        assertEquals("a &amp; b", grid.get(1).get(0).asText());
        assertFalse(chart.render("chart-1").toLowerCase().contains("</script><img"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
