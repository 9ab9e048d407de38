package io.downtime.report;

import io.downtime.testing.HeadlessChromium;
import io.downtime.testing.PageChecks;
import io.downtime.testing.RenderedPage;
import io.downtime.testing.SampleTraces;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.downtime.testing.PageChecks.drawnWithoutErrors;
import static io.downtime.testing.PageChecks.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report page's "Why" section in a real headless Chromium: the blackout's parts drawn as one stacked bar
 * beside QEMU's prediction and the limit (the figures derived in io.downtime.why's tests), the same words as
 * the text report's first lines.
 */
class WhyPageBrowserTest {
    @TempDir
    Path dir;

    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() {
        chromium = HeadlessChromium.requireOrSkip();
    }

    /**
     * full-trace-dst-stalled-200: the parts 0.152, 11.382, 1.263, ≥218.646, 6.944, 0.380 and 0 ms (BlackoutPartsTest)
     * stacked in one bar, QEMU's 46.283 ms beside it, the 100 ms limit as a dashed line.
     */
    @Test
    void stalledDestinationPartsBesideThePredictionAndTheLimit() {
        String script = """
                setTimeout(function () {
                  var chart = document.getElementById('chart-2');
                  document.documentElement.setAttribute('data-names', JSON.stringify(chart.data.map(function (t) { return t.name; })));
                  document.documentElement.setAttribute('data-x', JSON.stringify(chart.data.map(function (t) { return t.x[0]; })));
                  document.documentElement.setAttribute('data-y', JSON.stringify(chart.data.map(function (t) { return t.y[0]; })));
                  document.documentElement.setAttribute('data-mode', chart.layout.barmode);
                  document.documentElement.setAttribute('data-limit', JSON.stringify(chart.layout.shapes.map(function (s) { return s.x0; })));
                }, 300);
                """;
        Path page = PageChecks.write(dir, "stalled", "report", SampleTraces.path("full-trace-dst-stalled-200").toString());
        RenderedPage rendered = chromium.render(page, dir, script);
        drawnWithoutErrors(rendered, 2);
        Element html = rendered.dom().selectFirst("html");
        assertEquals("[\"stopping the vCPUs\",\"saving the RAM\",\"saving the device state\",\"waiting for the destination\","
                + "\"the destination's loads\",\"starting the guest\",\"unattributed\",\"QEMU's prediction (RAM only)\"]",
                html.attr("data-names"));
        assertEquals("[0.152,11.382,1.263,218.646,6.944,0.38,0,46.283]", html.attr("data-x"));
        assertEquals("[\"guest stopped\",\"guest stopped\",\"guest stopped\",\"guest stopped\",\"guest stopped\","
                + "\"guest stopped\",\"guest stopped\",\"QEMU expected\"]", html.attr("data-y"));
        assertEquals("stack", html.attr("data-mode"));
        assertEquals(List.of("stopping the vCPUs", "saving the RAM", "saving the device state", "waiting for the destination",
                "the destination's loads", "starting the guest", "unattributed", "QEMU's prediction (RAM only)"),
                rendered.charts().get(1).select("g.legend g.traces text").eachText());
        assertEquals("[100]", html.attr("data-limit"));
        Element chart = rendered.charts().get(1);
        assertTrue(chart.select("g.annotation text").eachText().contains("limit 100 ms"), chart.select("g.annotation").text());

        Document dom = rendered.dom();
        // The first lines, as the text report's.
        assertEquals(List.of("QEMU expected 46.283 ms (12.2 MB left at 262.7 MB/s); the guest was stopped at least"
                + " 238.767 ms, at least 192.484 ms more than expected"), facts(dom, "prediction"));
        assertEquals(List.of("100 ms (from QEMU's threshold): exceeded by at least 138.767 ms; waiting for the"
                + " destination pushed it over"), facts(dom, "limit").subList(0, 1));
        Element parts = dom.select("table.data").stream().filter(t -> t.select("th").eachText().contains("part"))
                .findFirst().orElseThrow();
        assertEquals(7, parts.select("tbody tr").size());
        assertEquals(List.of("waiting for the destination", "src-non-iterable-saved -> load of timer", "≥218.646", "91.6%",
                "no", "the destination loading ram 235.714 ms"), parts.select("tbody tr").get(3).select("td").eachText());
    }
}
