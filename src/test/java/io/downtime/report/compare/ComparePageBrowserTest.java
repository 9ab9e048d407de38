package io.downtime.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.model.DeviceOperation;
import io.downtime.testing.DerivedRunSets;
import io.downtime.testing.HeadlessChromium;
import io.downtime.testing.PageChecks;
import io.downtime.testing.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer compare --format html} rendered by a real headless Chromium: the bars of the
 * phases and of the devices are drawn, no script fails, the regression is red and its row
 * highlighted, and hostile device names stay text.
 *
 * <p>Two run sets made from the real dst-stalled-400ms (DerivedRunSets), 5 runs a side, without
 * noise: every baseline run is the sample itself; every candidate run is the sample with
 * 0000:00:01.0/virtio-net's save (src.log:46, downtime=634) made 30% slower: round(634 x 1.3) = 824 µs,
 * and every later line of both hosts 190 µs later. Both sets have timer and slirp renamed (src.log:8,
 * src.log:9, dst.log:4, dst.log:5) to hostile names. So:
 * <pre>
 * virtio-net save: 634 against 824 in every run: +190 µs, +30.0% (both floors, 100 µs and 10%, passed); the rank
 *   test separates the sets completely: p = 2 / C(10, 5) = 2/252 = 0.00794 <= 0.01: a regression; the bootstrap
 *   resamples constant sets: the interval is +0.190..+0.190.
 * src-iterable-saved -> src-non-iterable-saved: 2.417 ms (src.log:7 .598985 to src.log:50 .601402) + 0.190: +7.9%,
 *   below the 10% floor: no change. QEMU's figure 4.111 + 0.190: +4.6%; the blackout >= 405.351 + 0.190: +0.0%.
 * Everything else is equal in every run: no change.
 * </pre>
 */
class ComparePageBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT_TAG = PageChecks.SCRIPT_TAG;
    private static final String IMAGE_TAG = PageChecks.IMAGE_TAG;

    /** Each chart's bar categories, values, colours and texts, in data-charts; the hover label of the red bar in data-hover. */
    private static final String READ_CHARTS = """
            setTimeout(function () {
              var charts = Array.prototype.map.call(document.querySelectorAll('div.chart'), function (chart) {
                var t = chart.data[0];
                return {type: t.type, y: t.y, x: t.x, colour: t.marker.color, text: t.text};
              });
              document.documentElement.setAttribute('data-charts', JSON.stringify(charts));
              var devices = document.getElementById('chart-2');
              var point = devices.data[0].marker.color.indexOf('#a4262c');
              Plotly.Fx.hover(devices, [{curveNumber: 0, pointNumber: point}]);
              document.documentElement.setAttribute('data-hover', devices.querySelector('g.hoverlayer').textContent);
            }, 300);
            """;

    @TempDir
    Path dir;

    @Test
    void aRegressionOfOneDeviceIsRedAndHighlighted() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.requireOrSkip();
        DerivedRunSets.Recipe sample = DerivedRunSets.Recipe.noise("dst-stalled-400ms", 0)
                .renamed("timer", SCRIPT_TAG).renamed("slirp", IMAGE_TAG);
        Path baseline = DerivedRunSets.write(dir.resolve("fw-a"), sample, 5, 1);
        Path candidate = DerivedRunSets.write(dir.resolve("fw-b"),
                sample.slower("0000:00:01.0/virtio-net", DeviceOperation.SAVE, 1.3), 5, 2);
        Path page = PageChecks.write(dir, "compare", "compare", baseline.toString(), candidate.toString());
        Document written = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));

        RenderedPage rendered = chromium.render(page, dir, READ_CHARTS);
        Document dom = rendered.dom();
        PageChecks.drawnWithoutErrors(rendered, 2);
        PageChecks.nothingInjected(dom);
        // Error recorder, Plotly, page script, the two charts'; plus the test's two.
        PageChecks.onlyItsScripts(written, dom, 3 + 2, 2);

        assertEquals("Comparison: baseline fw-a (5 migrations, 5 completed) vs candidate fw-b (5 migrations, 5 completed)",
                dom.selectFirst("h1").text());
        List<String> verdict = dom.select("section").get(0).select("p:not(.note)").eachText();
        assertEquals("Verdict: 1 regression, 0 improvements; 85 without change, of 86 figures", verdict.get(0));
        assertEquals("regression: 0000:00:01.0/virtio-net save (src): +190 µs (+30.0%), p = 0.00794", verdict.get(1));

        JsonNode charts = JSON.readTree(dom.selectFirst("html").attr("data-charts"));
        JsonNode phases = charts.get(0);
        assertEquals("bar", phases.get("type").asText());
        assertEquals(10, phases.get("y").size());
        // The comparison's order: the blackout, QEMU's figure, then by impact: the one phase that moved.
        assertEquals(List.of("blackout (guest stopped) (src>dst)", "QEMU's downtime figure (src)",
                "src-iterable-saved -> src-non-iterable-saved (src)"),
                RenderedPage.yTicksTopToBottom(rendered.charts().get(0)).subList(0, 3));
        assertEquals(List.of("0.19", "0.19", "0.19"), texts(phases.get("x")).subList(0, 3));
        JsonNode devices = charts.get(1);
        assertEquals("0000:00:01.0/virtio-net save (src)", devices.get("y").get(0).asText());
        assertEquals(ComparisonChart.COLOURS.get(io.downtime.compare.Verdict.REGRESSION), devices.get("colour").get(0).asText());
        assertEquals("regression", devices.get("text").get(0).asText());
        // 86 figures: 43 saves (src.log) and 33 loads (dst.log) make 76 device figures; 8 phases, the blackout and
        // QEMU's figure the other 10. Of the 76 the regression and the 39 first others are drawn.
        assertEquals(40, devices.get("y").size());
        assertTrue(dom.select("section").get(2).select("p").text().contains("40 of 76"), dom.select("section").get(2).text());
        assertEquals("0000:00:01.0/virtio-net save (src)"
                        + "baseline: 5 runs, median 0.634 ms, p95/max 0.634 ms"
                        + "candidate: 5 runs, median 0.824 ms, p95/max 0.824 ms"
                        + "Δ median +0.190 ms (+30.0%)"
                        + "interval +0.190..+0.190 ms"
                        + "p = 0.00794"
                        + "regression: +190 µs (+30.0%), p = 0.00794",
                dom.selectFirst("html").attr("data-hover"));

        // The table: every figure, the regression's row highlighted.
        Element table = dom.select("section").get(3).selectFirst("table.data");
        assertEquals(86, table.select("tbody tr").size());
        List<Element> highlighted = table.select("tbody tr.regression");
        assertEquals(1, highlighted.size());
        assertEquals(List.of("0000:00:01.0/virtio-net save", "src", "5", "0.634", "0.634", "5", "0.824", "0.824", "+0.190",
                "+30.0%", "+0.190..+0.190", "0.00794", "regression"), highlighted.get(0).select("td").eachText());
        // The hostile names, exactly, as text: in the table and as the bars' tick labels (saved in 11 and 15 µs, src.log:8-9).
        List<String> figures = table.select("tbody tr td:first-child").eachText();
        assertTrue(figures.containsAll(List.of(SCRIPT_TAG + " save", SCRIPT_TAG + " load", IMAGE_TAG + " save",
                IMAGE_TAG + " load")), figures.toString());
        List<String> ticks = rendered.charts().get(1).select("g.ytick text").eachText();
        assertTrue(ticks.contains(SCRIPT_TAG + " save (src)") && ticks.contains(IMAGE_TAG + " save (src)"), ticks.toString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
