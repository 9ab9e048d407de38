package io.downtime.report;

import io.downtime.testing.CliRun;
import io.downtime.testing.HeadlessChromium;
import io.downtime.testing.PageChecks;
import io.downtime.testing.RenderedPage;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer events --format html} pages rendered by a real headless Chromium: the charts are
 * drawn (Plotly's SVG is in the DOM), no script fails, and hostile names from a log stay text.
 */
class EventsPageBrowserTest {
    @TempDir
    Path dir;

    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() {
        chromium = HeadlessChromium.requireOrSkip();
    }

    @Test
    void realSourceAndDestinationTracesDrawFourCharts() throws IOException {
        Path page = PageChecks.write(dir, "events", "events", SampleTraces.path("dst-stalled-400ms/src.log").toString(),
                SampleTraces.path("dst-stalled-400ms/dst.log").toString());

        RenderedPage rendered = chromium.render(page, dir);
        // src.log: timeline and device saves; dst.log: timeline and device loads.
        PageChecks.drawnWithoutErrors(rendered, 4);

        // The longest save of src.log is line 46, "...idstr=0000:00:01.0/virtio-net instance_id=0 downtime=634";
        // the next are virtio-blk (610, line 47) and ram's iterable section (485, line 6). The chart
        // lists devices longest first.
        List<String> saveTicks = RenderedPage.yTicksTopToBottom(rendered.charts().get(1));
        assertEquals(List.of("0000:00:01.0/virtio-net", "0000:00:02.0/virtio-blk", "ram (iterable)"), saveTicks.subList(0, 3));
        // All 43 saves of src.log (grep -c vmstate_downtime_save) have a bar.
        assertEquals(43, saveTicks.size());
        // dst.log's longest load: line 33, "...idstr=0000:00:02.0/virtio-blk instance_id=0 downtime=1195", then
        // line 32, virtio-net, 977 µs; 33 loads in all (grep -c vmstate_downtime_load).
        List<String> loadTicks = RenderedPage.yTicksTopToBottom(rendered.charts().get(3));
        assertEquals(List.of("0000:00:02.0/virtio-blk", "0000:00:01.0/virtio-net"), loadTicks.subList(0, 2));
        assertEquals(33, loadTicks.size());
        // The timelines' lanes: src.log has checkpoints, saves and state changes; dst.log also loads.
        assertEquals(List.of("checkpoints", "device saves", "migration state"),
                RenderedPage.yTicksTopToBottom(rendered.charts().get(0)));
        assertEquals(List.of("checkpoints", "device loads", "migration state"),
                RenderedPage.yTicksTopToBottom(rendered.charts().get(2)));

        // Device tables: one row per save or load record.
        List<Element> tables = rendered.dom().select("table.data");
        assertEquals(43, tables.get(0).select("tbody tr").size());
        assertEquals(33, tables.get(2).select("tbody tr").size());
    }

    @Test
    void hostileDeviceAndFileNamesStayText() throws IOException {
        // The real src.log of dst-stalled-400ms, with two device names replaced:
        //   line 8: ...idstr=timer instance_id=0 downtime=11
        //   line 9: ...idstr=slirp instance_id=0 downtime=15
        String scriptTag = PageChecks.SCRIPT_TAG;
        String imageTag = PageChecks.IMAGE_TAG;
        // The file name is hostile too: it is the page's title and a section heading.
        Path trace = TraceForms.write(dir.resolve("x\"><svg onload=alert(2)>.log"), PageChecks.hostileStalledLog("src.log"));
        Path page = PageChecks.write(dir, "hostile", "events", trace.toString());

        String html = Files.readString(page, StandardCharsets.UTF_8);
        Document written = Jsoup.parse(html);
        // The reader hovers over the two bars of the renamed devices, one after the other (Plotly
        // ignores hovers that follow each other too closely); their hover labels are kept.
        String hoverBoth = """
                var chart = document.getElementById('chart-2');
                var labels = [];
                function hover(points) {
                  if (points.length === 0) {
                    document.documentElement.setAttribute('data-hover-labels', labels.join(' | '));
                    return;
                  }
                  Plotly.Fx.hover(chart, [{curveNumber: 0, pointNumber: points[0]}]);
                  labels.push(chart.querySelector('g.hoverlayer').textContent);
                  setTimeout(function () { hover(points.slice(1)); }, 300);
                }
                setTimeout(function () {
                  var renamed = [];
                  chart.data[0].y.forEach(function (device, point) {
                    if (device.indexOf('alert(1)') >= 0) {
                      renamed.push(point);
                    }
                  });
                  hover(renamed);
                }, 300);
                """;
        RenderedPage rendered = chromium.render(page, dir, hoverBoth);
        Document dom = rendered.dom();

        assertEquals("", rendered.dialogs(), "no alert ran");
        assertEquals("", rendered.scriptErrors());
        assertEquals(2, rendered.chartsWithSvg(), "the charts are still drawn");
        assertEquals(2, rendered.chartsCountedByPage());
        // Nothing was injected, and exactly the scripts the page was written with (error recorder,
        // Plotly, page script, one per chart) ran, plus the test's two.
        PageChecks.nothingInjected(dom);
        PageChecks.onlyItsScripts(written, dom, 3 + 2, 2);

        // The names are there, as text: in the title, the heading, the table and the chart's ticks.
        assertEquals("Trace events of " + trace, dom.title());
        assertEquals(trace.toString(), dom.select("section h2").first().text());
        List<String> idstrCells = dom.select("table.data").first().select("tbody tr td:nth-child(5)").eachText();
        assertTrue(idstrCells.contains(scriptTag), idstrCells.toString());
        assertTrue(idstrCells.contains(imageTag), idstrCells.toString());
        List<String> ticks = rendered.charts().get(1).select("g.ytick text").eachText();
        assertTrue(ticks.contains(scriptTag), ticks.toString());
        assertTrue(ticks.contains(imageTag), ticks.toString());
        // Hover labels (lines 9 and 8, saves of 15 and 11 µs): the name, then the figures, then the line.
        String hovers = dom.selectFirst("html").attr("data-hover-labels");
        assertEquals(imageTag + "save 15 µs" + trace + ":9  2026-11-26T00:47:50.599017Z | "
                + scriptTag + "save 11 µs" + trace + ":8  2026-11-26T00:47:50.598999Z", hovers);
        assertTrue(dom.select("g.hoverlayer *").stream().noneMatch(e -> e.tagName().equals("img") || e.tagName().equals("script")));
    }

    @Test
    void traceWithoutTimestampsHasNoTimelineButItsDeviceTimes() throws IOException {
        Path page = dir.resolve("untimed.html");
        CliRun run = CliRun.of("events", "--format", "html", "-o", page.toString(),
                SampleTraces.path("precopy-no-timestamps/dst.log").toString());
        assertEquals(0, run.exitCode(), run.err());
        RenderedPage rendered = chromium.render(page, dir);
        assertEquals("", rendered.scriptErrors());
        assertEquals(1, rendered.chartsWithSvg(), "device loads only");
        assertTrue(rendered.dom().select("p.note").text().contains("no timeline"), rendered.dom().select("p.note").text());
        // 33 loads (grep -c vmstate_downtime_load), each a bar.
        assertEquals(33, rendered.charts().get(0).select("g.ytick text").size());
    }
}
