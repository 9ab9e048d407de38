package io.downtime.report;

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

import static io.downtime.testing.PageChecks.drawnWithoutErrors;
import static io.downtime.testing.PageChecks.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer report --format html} pages of the real samples rendered by a real headless
 * Chromium: the timeline is drawn (Plotly's SVG), no script fails, the figures are the report's,
 * and hostile device and file names stay text.
 */
class ReportPageBrowserTest {
    /** The rows of a complete precopy migration's timeline, top to bottom. */
    private static final List<String> PRECOPY_ROWS = List.of("guest stopped", "QEMU's figure",
            "src checkpoints", "src states", "src phases", "src device saves", "phases across hosts",
            "dst checkpoints", "dst states", "dst phases", "dst device loads");

    /**
     * The reader hovers over the first point of the first trace of chart-1 for which the JavaScript
     * condition {@code traceCondition} (on {@code trace}) holds; the label is kept in data-hover.
     */
    private static String hoverFirst(String traceCondition) {
        return """
                setTimeout(function () {
                  var chart = document.getElementById('chart-1');
                  var curve = chart.data.findIndex(function (trace) { return CONDITION; });
                  Plotly.Fx.hover(chart, [{curveNumber: curve, pointNumber: 0}]);
                  document.documentElement.setAttribute('data-hover', chart.querySelector('g.hoverlayer').textContent);
                }, 300);
                """.replace("CONDITION", traceCondition);
    }

    @TempDir
    Path dir;

    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() {
        chromium = HeadlessChromium.requireOrSkip();
    }

    private Path page(String name, String... args) {
        return PageChecks.write(dir, name, "report", args);
    }

    /**
     * dst-stalled-400ms: the clocks are bounded on one side only (dst - src < +1.907 ms, the
     * handshake: dst.log:2 active at 070.567778 minus src.log:1 setup at 070.565871), so the
     * destination's lane carries the uncertainty band, open to the right.
     */
    @Test
    void stalledDestinationOneSidedAlignmentWithItsBand() {
        // The reader sorts the devices by load time, longest first (two clicks), and hovers over the
        // guest-stopped bar.
        String script = """
                document.addEventListener('DOMContentLoaded', function () {
                  var devices = Array.prototype.find.call(document.querySelectorAll('table.sortable'), function (table) {
                    return Array.prototype.some.call(table.tHead.rows[0].cells, function (th) { return th.textContent === 'device'; });
                  });
                  var load = Array.prototype.find.call(devices.tHead.rows[0].cells, function (th) {
                    return th.textContent === 'load (µs)';
                  });
                  load.click();
                  load.click();
                });
                """ + hoverFirst("trace.y[0] === 'guest stopped'");
        RenderedPage rendered = chromium.render(page("stalled", SampleTraces.path("dst-stalled-400ms").toString()), dir, script);
        drawnWithoutErrors(rendered, 2); // the timeline, and the blackout's parts (WhyPageBrowserTest)
        Document dom = rendered.dom();
        Element chart = rendered.charts().get(0);
        assertEquals(PRECOPY_ROWS, RenderedPage.yTicksTopToBottom(chart));

        // The header facts are the text report's.
        assertEquals(List.of("dst - src < +1.907 ms (one-sided)"), facts(dom, "offset"));
        // Guest stopped: dst.log:39 dst-precopy-bh-vm-started at 071.004555 on the destination's clock
        // is at least 071.004555 - 0.001907 = 071.002648 on the source's; minus src.log:3
        // src-downtime-start at 070.597297: at least 405.351 ms. QEMU's figure: src.log:51
        // src-downtime-end at 070.601408 minus 070.597297 = 4.111 ms.
        assertEquals(List.of("at least 405.351 ms  (src-downtime-start -> dst-*-vm-started, on the source's clock)"),
                facts(dom, "guest stopped"));
        assertEquals(List.of("4.111 ms  (src-downtime-start -> src-downtime-end; query-migrate reports it in whole ms)"),
                facts(dom, "QEMU's figure"));
        assertTrue(dom.select("section p").text().contains("The guest was stopped at least 401.24 ms longer than QEMU's figure"));
        // Beside the bars: the same figures; hovering shows them with what they span.
        List<String> barTexts = chart.select("g.barlayer text").eachText();
        assertTrue(barTexts.contains("at least 405.351 ms"), barTexts.toString());
        assertTrue(barTexts.contains("4.111 ms"), barTexts.toString());
        assertEquals("guest stopped: at least 405.351 mssrc-downtime-start -> dst-*-vm-started, on the source's clock",
                dom.selectFirst("html").attr("data-hover"));

        // The band: shapes in the destination's colour (#d9822b), and its open end marked.
        assertFalse(chart.select("g.shapelayer path[style*='fill: rgb(217, 130, 43)']").isEmpty(),
                chart.select("g.shapelayer").outerHtml());
        assertTrue(chart.select("g.annotation text").eachText().contains("no upper bound →"));

        // Devices: one row per section (1 iterable, 42 non-iterable); after the sort the longest load
        // is first: dst.log:33 "...idstr=0000:00:02.0/virtio-blk instance_id=0 downtime=1195",
        // saved in 610 µs (src.log:47).
        Element devices = dom.select("table.data").stream().filter(t -> t.select("th").eachText().contains("device"))
                .findFirst().orElseThrow();
        assertEquals(43, devices.select("tbody tr").size());
        assertEquals(List.of("non-iterable", "0000:00:02.0/virtio-blk", "0", "610", "1195"),
                devices.selectFirst("tbody tr").select("td").eachText());
        // The timeline table lists the 16 checkpoints and states of both hosts.
        Element timeline = dom.select("table.data").stream()
                .filter(t -> t.select("th").eachText().contains("ms since src-downtime-start")).findFirst().orElseThrow();
        assertEquals(16, timeline.select("tbody tr").size());
    }

    /**
     * precopy-skewed-clocks: the destination's clock is 169 s behind. The tightest bound is ram's
     * section: loaded at dst.log:3 (893.628623) after its save at src.log:6 (062.927614), so
     * dst - src < 893.628623 - 062.927614 = -169.298991 s; placed at that bound, the destination's
     * checkpoints (dst.log:36-39 at 893.632090, .632096, .632104, .632338) land at 062.931081,
     * .931087, .931095, .931329 on the source's clock: 5.273, 5.279, 5.287 and 5.521 ms after
     * src-downtime-start (src.log:3, 062.925808).
     */
    @Test
    void skewedClocksPlaceTheDestinationOnTheSourcesClock() {
        String script = """
                setTimeout(function () {
                  var chart = document.getElementById('chart-1');
                  var trace = chart.data.find(function (t) { return t.y[0] === 'dst checkpoints'; });
                  document.documentElement.setAttribute('data-x', JSON.stringify(trace.x));
                }, 300);
                """;
        RenderedPage rendered = chromium.render(page("skewed", SampleTraces.path("precopy-skewed-clocks").toString()), dir, script);
        drawnWithoutErrors(rendered, 2);
        assertEquals(PRECOPY_ROWS, RenderedPage.yTicksTopToBottom(rendered.charts().get(0)));
        // A marker's x is written as decimal strings (as jsplot wrote it); the axis is linear.
        assertEquals("[\"5.273\",\"5.279\",\"5.287\",\"5.521\"]", rendered.dom().selectFirst("html").attr("data-x"));
        assertEquals(List.of("dst - src < -169.298991 s (one-sided)"), facts(rendered.dom(), "offset"));
    }

    /** precopy-no-timestamps: no timeline and the reason, the device table still there. */
    @Test
    void withoutTimestampsNoTimelineButTheDevices() throws IOException {
        Path page = page("untimed", SampleTraces.path("precopy-no-timestamps").toString());
        // Without a chart the page does not carry Plotly at all.
        assertTrue(Files.size(page) < 100_000, Files.size(page) + " bytes");
        RenderedPage rendered = chromium.render(page, dir);
        drawnWithoutErrors(rendered, 0);
        Document dom = rendered.dom();
        assertTrue(dom.select("p.note").text().contains("no timeline: the source's trace lines carry no timestamps"),
                dom.select("p.note").text());
        // 9 checkpoints and states in src.log, 7 in dst.log, in file order.
        Element unplaced = dom.select("table.data").stream().filter(t -> t.select("th").eachText().equals(List.of("host", "event", "line")))
                .findFirst().orElseThrow();
        assertEquals(16, unplaced.select("tbody tr").size());
        assertEquals(List.of("src", "state setup", "src.log:1"), unplaced.selectFirst("tbody tr").select("td").eachText());
        Element devices = dom.select("table.data").stream().filter(t -> t.select("th").eachText().contains("device"))
                .findFirst().orElseThrow();
        assertEquals(43, devices.select("tbody tr").size());
        assertEquals(List.of("unknown: the lines carry no timestamps, so the time between the source's stop and the"
                + " destination's start cannot be known"), facts(dom, "guest stopped"));
    }

    /**
     * dst-killed-at-switchover: the destination was killed; the source failed 2.810 ms after
     * src-downtime-start (src.log:6 failed at 078.636981 minus src.log:3 at 078.634171) and its
     * stderr says why (src.stderr:1 at 078.637582, 3.411 ms).
     */
    @Test
    void killedDestinationShowsHowLongTheSourceStoppedTheGuest() {
        RenderedPage rendered = chromium.render(page("killed", SampleTraces.path("dst-killed-at-switchover").toString()), dir,
                hoverFirst("trace.y[0] === 'src states, messages' && trace.marker.symbol === 'x'"));
        drawnWithoutErrors(rendered, 1);
        Element chart = rendered.charts().get(0);
        assertEquals(List.of("stopped on source", "src checkpoints", "src states, messages", "src phases", "dst states"),
                RenderedPage.yTicksTopToBottom(chart));
        assertTrue(chart.select("g.barlayer text").eachText().contains("at least 2.810 ms, then resumed on the source"),
                chart.select("g.barlayer text").eachText().toString());
        String hover = rendered.dom().selectFirst("html").attr("data-hover");
        assertTrue(hover.startsWith("QEMU messageUnable to write to socket: Broken pipe"), hover);
        assertTrue(hover.endsWith("at 3.411 ms since src-downtime-start"), hover);
        assertEquals(List.of("unknown: no src-downtime-end (the source failed before it)"), facts(rendered.dom(), "QEMU's figure"));
        assertTrue(rendered.dom().select("table.data td").eachText().contains("Unable to write to socket: Broken pipe"));
    }

    /**
     * The real dst-stalled-400ms pair with two devices renamed on both hosts (src.log:8 and
     * dst.log:4 "idstr=timer", src.log:9 and dst.log:5 "idstr=slirp"), in a directory with a hostile
     * name: the names are shown exactly, as text, and nothing they hold runs or becomes an element.
     */
    @Test
    void hostileDeviceAndFileNamesStayText() throws IOException {
        String scriptTag = PageChecks.SCRIPT_TAG;
        String imageTag = PageChecks.IMAGE_TAG;
        Path cases = Files.createDirectories(dir.resolve("x\"><svg onload=alert(2)>"));
        for (String log : List.of("src.log", "dst.log")) {
            TraceForms.write(cases.resolve(log), PageChecks.hostileStalledLog(log));
        }
        Path page = page("hostile", cases.toString());
        Document written = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        // The reader hovers over the save bars of the two renamed devices, one after the other.
        String hoverBoth = PageChecks.hoverHostileMarks("src device saves");
        RenderedPage rendered = chromium.render(page, dir, hoverBoth);
        Document dom = rendered.dom();
        assertEquals("", rendered.dialogs(), "no alert ran");
        drawnWithoutErrors(rendered, 2);
        // Nothing was injected, and exactly the scripts the page was written with (error recorder,
        // Plotly, page script, the two charts') ran, plus the test's two.
        PageChecks.nothingInjected(dom);
        PageChecks.onlyItsScripts(written, dom, 3 + 2, 2);

        // The names, exactly, as text: the inputs in the header, the devices in the table and hover labels.
        assertEquals(List.of(cases.resolve("src.log") + ", " + cases.resolve("dst.log")), facts(dom, "Inputs"));
        Element devices = dom.select("table.data").stream().filter(t -> t.select("th").eachText().contains("device"))
                .findFirst().orElseThrow();
        List<List<String>> rows = devices.select("tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
        // src.log:8 saved "timer" in 11 µs, dst.log:4 loaded it in 2; src.log:9 "slirp" 15, dst.log:5 12.
        assertTrue(rows.contains(List.of("non-iterable", scriptTag, "0", "11", "2")), rows.toString());
        assertTrue(rows.contains(List.of("non-iterable", imageTag, "0", "15", "12")), rows.toString());
        // Hover labels: src.log:8 at 070.598999 and src.log:9 at 070.599017 end 1.702 and 1.720 ms
        // after src-downtime-start (070.597297).
        String hovers = dom.selectFirst("html").attr("data-hover-labels");
        assertEquals(scriptTag + "save 11 µs" + cases.resolve("src.log") + ":8  2026-11-26T00:47:50.598999Z"
                + "ends at 1.702 ms since src-downtime-start | "
                + imageTag + "save 15 µs" + cases.resolve("src.log") + ":9  2026-11-26T00:47:50.599017Z"
                + "ends at 1.720 ms since src-downtime-start", hovers);
    }

    /** Two migrations in one pair of logs: one page, a section each; --run picks one. */
    @Test
    void severalMigrationsOnePageOrOneWithRun() {
        TraceForms.write(dir.resolve("src.log"), (TraceForms.readString(SampleTraces.path("dst-killed-at-switchover/src.log"))
                + TraceForms.readString(SampleTraces.path("dst-stalled-400ms/src.log"))).getBytes(StandardCharsets.UTF_8));
        TraceForms.write(dir.resolve("dst.log"), (TraceForms.readString(SampleTraces.path("dst-stalled-400ms/dst.log"))
                + TraceForms.readString(SampleTraces.path("dst-killed-at-switchover/dst.log"))).getBytes(StandardCharsets.UTF_8));
        RenderedPage both = chromium.render(page("both", dir.toString()), dir);
        drawnWithoutErrors(both, 3); // two timelines; the failed migration has no blackout to split
        assertEquals(List.of("Migrations found", "Migration 1 of 2: precopy, source failed, destination incomplete",
                "Migration 2 of 2: precopy, source completed, destination completed"), both.dom().select("section h2").eachText());

        RenderedPage second = chromium.render(page("second", "--run", "2", dir.toString()), dir);
        drawnWithoutErrors(second, 2);
        // As in the text report, the list of migrations comes first.
        assertEquals(List.of("Migrations found", "Migration 2 of 2: precopy, source completed, destination completed"),
                second.dom().select("section h2").eachText());
        assertEquals(List.of("2 found; this page reports migration 2 (--run)"), facts(second.dom(), "Migrations"));
        assertEquals(List.of("at least 405.351 ms  (src-downtime-start -> dst-*-vm-started, on the source's clock)"),
                facts(second.dom(), "guest stopped"));
    }
}
