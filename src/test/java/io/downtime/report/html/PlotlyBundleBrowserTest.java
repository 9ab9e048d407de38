package io.downtime.report.html;

import io.downtime.testing.HeadlessChromium;
import io.downtime.testing.RenderedPage;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The embedded bundle is Plotly's partial "cartesian" one: this proves in a real browser that it
 * draws every kind of chart the pages use or will use (markers with error bars, horizontal bars
 * with a base, shapes and annotations, a heatmap for the sweep page). A trace type missing from
 * the bundle would make Plotly fail or draw nothing.
 */
class PlotlyBundleBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theBundleDrawsMarkersBarsShapesAndHeatmaps() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.requireOrSkip();
        ChartTrace markers = ChartTrace.markers(new double[]{1, 2, 3}, List.of("1", "2", "3"), "#2f5d9e", MarkerSymbol.DIAMOND)
                .set("error_x", Map.of("type", "data", "symmetric", false,
                        "array", List.of(0.5, 0.5, 0.5), "arrayminus", List.of(0.2, 0.2, 0.2)));
        Chart scatter = Chart.builder().trace(markers)
                .layout("shapes", List.of(Map.of("type", "rect", "xref", "x", "yref", "paper",
                        "x0", 1, "x1", 2, "y0", 0, "y1", 1, "fillcolor", "#fbe3e4", "line", Map.of("width", 0))))
                .layout("annotations", List.of(Map.of("x", 2, "y", 1, "text", "two", "showarrow", true)))
                .build();
        Chart bar = Chart.builder()
                .trace(ChartTrace.horizontalBars(List.of("a", "b"), new double[]{2, 3}).set("base", new double[]{1, 0.5}))
                .build();
        Chart heatmap = Chart.builder()
                .trace(ChartTrace.heatmap(List.of("100", "200", "300"), List.of("5", "10"),
                        new double[][]{{0, 0.5, 1}, {0.25, 0.75, 1}}))
                .build();
        HtmlPage page = new HtmlPage("bundle", "test");
        page.section("charts").add(scatter).add(bar).add(heatmap);
        Path file = dir.resolve("bundle.html");
        Files.writeString(file, page.render(), StandardCharsets.UTF_8);

        RenderedPage rendered = chromium.render(file, dir);
        assertEquals("", rendered.scriptErrors());
        assertEquals(3, rendered.chartsWithSvg());
        assertEquals(3, rendered.chartsCountedByPage());
        List<Element> charts = rendered.charts();
        assertEquals(3, charts.get(0).select("g.scatterlayer path.point").size(), "three markers");
        assertEquals(3, charts.get(0).select("g.errorbar").size(), "three error bars");
        assertEquals(1, charts.get(0).select("g.shapelayer path").size(), "the shape");
        assertEquals(List.of("two"), charts.get(0).select("g.annotation text").eachText());
        assertEquals(2, charts.get(1).select("g.barlayer g.point").size(), "two bars");
        // A heatmap is drawn as one image of its cells.
        assertFalse(charts.get(2).select("g.hm image").isEmpty(), charts.get(2).select("g.cartesianlayer").outerHtml());
    }
}
