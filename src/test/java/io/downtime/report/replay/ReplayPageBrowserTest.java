package io.downtime.report.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer replay --format html} pages of the real samples rendered by a real headless
 * Chromium: the timeline is drawn (Plotly's SVG) with each policy's checks and firings, no script
 * fails, the verdicts are the replay's, and hostile device and file names stay text.
 *
 * <p>dst-stalled-400ms (released QEMU, every counter phase possible), from StalledDestinationReplayTest:
 * <pre>
 * src.log:3  070.597297 src-downtime-start                          t0
 * src.log:4  070.598379 src-vm-stopped: the RFC's first source check; then a check after each of the 43 saves
 *            (src.log:6 and src.log:8-49): 44 source checks
 * src.log:7  070.598985 src-iterable-saved: the RFC sends here, 1.688 ms
 * dst.log:3  070.999213 load of ram (iterable): the destination reads the message right after it (estimated);
 *            then a check after each of its 32 loads (dst.log:4-35)
 * dst.log:39 071.004555 dst-precopy-bh-vm-started
 * Clock: dst - src < +1.907 ms (one-sided), so destination events lie at their earliest: dst.log:3 at
 * .999213 - .001907 - .597297 = 400.009 ms; the blackout is at least .004555 - .001907 - .597297 = 405.351 ms.
 * </pre>
 */
class ReplayPageBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RFC = ReplayTimeline.POLICY_COLOURS.get("rfc");
    private static final String TOTAL = ReplayTimeline.POLICY_COLOURS.get("total");
    private static final String SOURCE_ACK = ReplayTimeline.POLICY_COLOURS.get("source-ack");
    private static final String REACHES = ReplayTimeline.REACHES_COLOUR;
    private static final String MAY_REACH = ReplayTimeline.MAY_REACH_COLOUR;

    /** The report's rows of a complete precopy migration, with the policies' rows at the end of each host's lane. */
    private static final List<String> ROWS = List.of("guest stopped", "QEMU's figure",
            "src checkpoints", "src states", "src phases", "src device saves",
            "src rfc checks", "src total checks", "src source-ack checks",
            "phases across hosts",
            "dst checkpoints", "dst states", "dst phases", "dst device loads",
            "dst rfc checks", "dst total checks");

    /**
     * Keeps each chart's traces (row, colour, symbol, x, hover text), annotations and shapes in
     * data-charts as JSON, and the hover label of {@code hoverCondition}'s first point in data-hover.
     */
    private static String readCharts(String hoverCondition) {
        return """
                setTimeout(function () {
                  var charts = Array.prototype.map.call(document.querySelectorAll('div.chart'), function (chart) {
                    return {
                      traces: chart.data.map(function (t) {
                        return {type: t.type, row: t.y ? t.y[0] : null, colour: t.marker ? t.marker.color : null,
                                symbol: t.marker ? t.marker.symbol : null, x: t.x, hover: t.hovertext || null};
                      }),
                      annotations: (chart.layout.annotations || []).map(function (a) { return a.text; })
                    };
                  });
                  document.documentElement.setAttribute('data-charts', JSON.stringify(charts));
                  var chart = document.getElementById('chart-1');
                  var curve = chart.data.findIndex(function (trace) { return CONDITION; });
                  if (curve >= 0) {
                    Plotly.Fx.hover(chart, [{curveNumber: curve, pointNumber: 0}]);
                    document.documentElement.setAttribute('data-hover', chart.querySelector('g.hoverlayer').textContent);
                  }
                }, 300);
                """.replace("CONDITION", hoverCondition);
    }

    /** One row's marks: colour, symbol, how many. */
    private record Marks(String colour, String symbol, int count) {
    }

    @TempDir
    Path dir;

    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() {
        chromium = HeadlessChromium.requireOrSkip();
    }

    private Path page(String name, String... args) {
        return PageChecks.write(dir, name, "replay", args);
    }

    private static void drawnWithoutErrors(RenderedPage rendered) {
        PageChecks.drawnWithoutErrors(rendered, 1);
    }

    private static JsonNode chart(RenderedPage rendered) throws IOException {
        return JSON.readTree(rendered.dom().selectFirst("html").attr("data-charts")).get(0);
    }

    /** The policy rows' marks, by row: colour, symbol and count of each trace, in drawing order. */
    private static Map<String, List<Marks>> policyMarks(JsonNode chart) {
        Map<String, List<Marks>> rows = new LinkedHashMap<>();
        for (JsonNode trace : chart.get("traces")) {
            String row = trace.get("row").asText();
            if (row.endsWith(" checks")) {
                rows.computeIfAbsent(row, r -> new ArrayList<>()).add(new Marks(trace.get("colour").asText(),
                        trace.get("symbol").asText(), trace.get("x").size()));
            }
        }
        return rows;
    }

    private static List<String> xs(JsonNode chart, String row, String symbol) {
        List<String> xs = new ArrayList<>();
        for (JsonNode trace : chart.get("traces")) {
            if (trace.get("row").asText().equals(row) && trace.get("symbol").asText().equals(symbol)) {
                trace.get("x").forEach(x -> xs.add(x.asText()));
            }
        }
        return xs;
    }

    /** The labels of the moments drawn over the chart (the annotations but the band's open ends). */
    private static List<String> annotations(JsonNode chart) {
        List<String> texts = new ArrayList<>();
        chart.get("annotations").forEach(text -> texts.add(text.asText()));
        texts.removeAll(List.of("no upper bound →", "← no lower bound"));
        return texts;
    }

    /** The rows of every table with a column headed {@code header}, in page order. */
    private static List<List<String>> rows(Document dom, String header) {
        return dom.select("table.data").stream().filter(t -> t.select("th").eachText().contains(header))
                .flatMap(t -> t.select("tbody tr").stream()).map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    }

    private static List<String> facts(Document dom, String label) {
        return dom.select("section dl.facts dt").stream().filter(dt -> dt.text().equals(label))
                .map(dt -> dt.nextElementSibling().wholeText()).toList();
    }

    /**
     * 300 + 10 = 310 ms. rfc: the source reads at most 5 (its last save, src.log:49 at .601373, is 4.076 ms
     * in), the destination at most 2 + 5 (sent 1 or 2, its last load dst.log:35 4.872 ms after the read):
     * nothing reaches 310, it cannot fire, yet the guest stopped at least 405.351 ms: missed a violation.
     * total (300 ms, the true elapsed time): every source event lies before 4.105 ms (src-non-iterable-saved,
     * src.log:50), every destination event at or after 400.009 ms: it fires at dst.log:3.
     * source-ack (310 ms): the request reaches the source half the assumed 1 ms round trip (one-sided clock)
     * after the guest started: at >= 405.351 + 0.5 = 405.851 ms, where its counter reads at least 405.
     */
    @Test
    void stalledDestinationAt300Plus10() throws IOException {
        RenderedPage rendered = chromium.render(page("stalled-300-10", SampleTraces.path("dst-stalled-400ms").toString(),
                "--downtime-limit", "300", "--switchover-limit", "10"), dir, readCharts("trace.marker && trace.marker.symbol === 'star'"));
        drawnWithoutErrors(rendered);
        Document dom = rendered.dom();
        assertEquals(ROWS, RenderedPage.yTicksTopToBottom(rendered.charts().get(0)));

        assertEquals(List.of(
                List.of("rfc", "310", "cannot fire", "", "", "", "", "missed a violation", ""),
                List.of("total", "300", "fires", "dst: load of ram 0 (iterable)", "dst.log:3", "≥400.009", "≥400.009 ms",
                        "fired rightly", ""),
                List.of("source-ack", "310", "fires", "src: the destination's request to start its CPUs", "dst.log:39",
                        "≥405.851", "≥405 ms", "fired rightly", "")), rows(dom, "first firing"));
        assertEquals(List.of("downtime-limit 300 ms + switchover-limit 10 ms = abort limit 310 ms"), facts(dom, "limits"));
        assertEquals(List.of("every counter phase (no RFC event recorded: every phase is possible)"), facts(dom, "counters"));
        assertTrue(dom.select("p.note").eachText().contains("rfc: cannot fire; missed a violation against the 310 ms it promises."),
                dom.select("p.note").eachText().toString());

        // Checks: the source's 44 (src-vm-stopped and 43 saves) and the destination's 32 loads, all below 310; total
        // looks at src-iterable-saved and src-non-iterable-saved too (46) and at every destination event from
        // dst.log:3 to dst.log:39 (33 loads, 4 checkpoints), each >= 400.009 ms > 300: all reach it, the first fires.
        JsonNode chart = chart(rendered);
        assertEquals(Map.of(
                "src rfc checks", List.of(new Marks(RFC, "triangle-up", 44)),
                "src total checks", List.of(new Marks(TOTAL, "triangle-up", 46)),
                "src source-ack checks", List.of(new Marks(SOURCE_ACK, "triangle-up", 44), new Marks(REACHES, "triangle-up", 1),
                        new Marks(REACHES, "star", 1)),
                "dst rfc checks", List.of(new Marks(RFC, "triangle-up", 32)),
                "dst total checks", List.of(new Marks(REACHES, "triangle-up", 37), new Marks(REACHES, "star", 1))),
                policyMarks(chart));
        assertEquals(List.of("400.009"), xs(chart, "dst total checks", "star"));
        assertEquals(List.of("405.851"), xs(chart, "src source-ack checks", "star"));
        // The earliest firings over the chart; rfc has none.
        assertEquals(List.of("total fires", "source-ack fires"), annotations(chart));
        // Hovering over the first star, total's: where, when, what it perceived against its limit.
        assertEquals("total fires after load of ram 0 (iterable)"
                        + "destination, " + SampleTraces.path("dst-stalled-400ms/dst.log") + ":3"
                        + "at ≥400.009 ms since src-downtime-start"
                        + "perceived ≥400.009 ms, limit 300 ms"
                        + "for every counter phase"
                        + "the migration is cancelled and the guest resumes on the source",
                dom.selectFirst("html").attr("data-hover"));

        // The time rfc could not see: the send (1.688 ms) to the read (>= 400.009 - 1.688 = 398.321 ms, the stall);
        // dst.log:35 .004085 -> dst.log:36 dst-precopy-loadvm-completed .004102 (17 µs) -> vm-started .004555 (453 µs).
        List<List<String>> unseen = rows(dom, "unseen");
        assertEquals(4, unseen.size());
        assertEquals(List.of("rfc", "≥398.321"), List.of(unseen.get(0).get(0), unseen.get(0).get(2)));
        assertEquals(List.of("rfc", "0.017"), List.of(unseen.get(1).get(0), unseen.get(1).get(2)));
        assertEquals(List.of("rfc", "0.453"), List.of(unseen.get(2).get(0), unseen.get(2).get(2)));
        assertEquals(List.of("source-ack", "the answer's way back to the destination (half the round trip)", "0.500"),
                unseen.get(3));
        // Every check is listed below the chart: 44 + 32, 46 + 37, 44 + 1.
        assertEquals(List.of(76, 83, 45), dom.select("table.data").stream()
                .filter(t -> t.select("th").eachText().contains("≥ limit")).map(t -> t.select("tbody tr").size()).toList());
    }

    /**
     * 2 + 1 = 3 ms: rfc fires on the source for every phase (StalledDestinationReplayTest). A save at
     * elapsed e reads 3 iff the start's place in its millisecond f = (297 + p) mod 1000 is at least
     * 3000 - e: mc146818rtc (src.log:22, 1.949 ms) never; each of the 23 saves from ICH9LPC (src.log:23,
     * 2.311 ms, f >= 689: p in 392..702) to smbus-eeprom 7 (src.log:45, 2.807 ms), each later than the one
     * before, for some phases, so each is where rfc first fires for some phases: 23 stars, then
     * 0000:00:01.0/virtio-net (src.log:46, 3.444 ms) reads 3 or 4 whatever the phase: the 24th. So 17 checks
     * stay below (src-vm-stopped and the 16 saves to mc146818rtc), 23 may reach 3, 4 reach it
     * (src.log:46-49).
     */
    @Test
    void stalledDestinationAt2Plus1FiresOnTheSource() throws IOException {
        RenderedPage rendered = chromium.render(page("stalled-2-1", SampleTraces.path("dst-stalled-400ms").toString(),
                "--downtime-limit", "2", "--switchover-limit", "1", "--policy", "rfc"), dir,
                readCharts("trace.marker && trace.marker.symbol === 'star' && trace.y[0] === 'src rfc checks'"));
        drawnWithoutErrors(rendered);
        Document dom = rendered.dom();
        assertEquals(List.of(List.of("rfc", "3", "fires", "src: save of 0000:00:1f.0/ICH9LPC 0", "src.log:23", "2.311", "3 ms",
                "fired rightly", "")), rows(dom, "first firing"));
        JsonNode chart = chart(rendered);
        List<Marks> source = policyMarks(chart).get("src rfc checks");
        assertEquals(List.of(new Marks(RFC, "triangle-up", 17), new Marks(MAY_REACH, "triangle-up", 23),
                new Marks(REACHES, "triangle-up", 4), new Marks(REACHES, "star", 24)), source);
        List<String> stars = xs(chart, "src rfc checks", "star");
        assertEquals("2.311", stars.get(0));
        assertEquals("3.444", stars.get(23));
        assertTrue(annotations(chart).contains("rfc fires"), annotations(chart).toString());
        assertEquals("rfc fires after save of 0000:00:1f.0/ICH9LPC 0"
                        + "source, " + SampleTraces.path("dst-stalled-400ms/src.log") + ":23"
                        + "at 2.311 ms since src-downtime-start"
                        + "perceived 3 ms, limit 3 ms"
                        + "for source phase 392–702 µs"
                        + "the migration is cancelled and the guest resumes on the source",
                dom.selectFirst("html").attr("data-hover"));
        // Every scenario is listed, the earliest first.
        List<String> scenarios = facts(dom, "scenario");
        assertEquals(24, scenarios.size());
        assertTrue(scenarios.get(0).startsWith("for source phase 392–702 µs: the source's save of 0000:00:1f.0/ICH9LPC 0"
                + " (src.log:23) at 2.311 ms, perceived 3 ms"), scenarios.get(0));
    }

    /**
     * strict-source-fires-first-5-1, recorded with 5 + 1 = 6 ms and replayed at the same limits
     * (RecordedStrictRunsTest): src.log:8 sent source downtime=2, src.log:73 (save of e1000e, .579676,
     * 5.319 ms after src-downtime-start at .574357) fired reading 6 (src.stderr:11 "exceeded by 1 ms"), so
     * the source phase is 324-642; dst.log:57 (load of 01.0/virtio-net, .581539) fired with destination
     * downtime=4 (dst.log:58), so the destination phase is 461-695. The destination is placed at its
     * earliest (dst - src < +846 µs): .581539 - .000846 - .574357 = 6.336 ms, after the source: the source
     * fires first, then the destination, still loading what it had received. The replay agrees with the record.
     */
    @Test
    void recordedRunWhereTheSourceFiresFirst() throws IOException {
        RenderedPage rendered = chromium.render(page("source-first", SampleTraces.path("strict-source-fires-first-5-1").toString(),
                "--downtime-limit", "5", "--switchover-limit", "1", "--policy", "rfc"), dir,
                readCharts("trace.marker && trace.marker.symbol === 'star' && trace.y[0] === 'dst rfc checks'"));
        drawnWithoutErrors(rendered);
        Document dom = rendered.dom();
        assertEquals(List.of(List.of("rfc", "6", "fires", "src: save of 0000:00:03.0/e1000e 0", "src.log:73", "5.319", "6 ms",
                "fired rightly", "")), rows(dom, "first firing"));
        assertEquals(List.of("source phase 324–642 µs, destination phase 461–695 µs (narrowed by the recorded RFC events)"),
                facts(dom, "counters"));
        // The comparison with the record, under the verdicts and in rfc's facts.
        assertEquals(2, facts(dom, "replay").size());
        assertTrue(facts(dom, "replay").get(0).startsWith("agrees: "), facts(dom, "replay").toString());
        JsonNode chart = chart(rendered);
        assertEquals(List.of("5.319"), xs(chart, "src rfc checks", "star"));
        assertEquals(List.of("6.336"), xs(chart, "dst rfc checks", "star"));
        assertEquals(List.of("rfc fires"), annotations(chart));
        String hover = dom.selectFirst("html").attr("data-hover");
        assertTrue(hover.startsWith("rfc fires after load of 0000:00:01.0/virtio-net 0destination, "
                + SampleTraces.path("strict-source-fires-first-5-1/dst.log") + ":57at ≥6.336 ms since src-downtime-start"
                + "perceived 6 ms, limit 6 ms"), hover);
        // The recorded readings that set the phases: the send, the source's firing, the destination's firing.
        List<List<String>> evidence = rows(dom, "phases after").stream().filter(row -> row.get(3).equals("a recorded reading")).toList();
        assertEquals(List.of("src.log:8", "src.log:73", "dst.log:57"), evidence.stream().map(row -> row.get(1)).toList());
        assertEquals(List.of("11–642 µs", "324–642 µs", "461–695 µs"), evidence.stream().map(row -> row.get(4)).toList());
    }

    /**
     * The real dst-stalled-400ms pair with two devices renamed on both hosts (src.log:8 and dst.log:4
     * "idstr=timer", src.log:9 and dst.log:5 "idstr=slirp"), in a directory with a hostile name: the names
     * are shown exactly, as text, in the check tables and in the hover labels of the checks' marks.
     */
    @Test
    void hostileDeviceAndFileNamesStayText() throws IOException {
        String scriptTag = PageChecks.SCRIPT_TAG;
        String imageTag = PageChecks.IMAGE_TAG;
        Path cases = Files.createDirectories(dir.resolve("x\"><svg onload=alert(2)>"));
        for (String log : List.of("src.log", "dst.log")) {
            TraceForms.write(cases.resolve(log), PageChecks.hostileStalledLog(log));
        }
        Path page = page("hostile", cases.toString(), "--downtime-limit", "2", "--switchover-limit", "1", "--policy", "rfc");
        Document written = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        // The reader hovers over the rfc checks of the two renamed devices on the source, one after the other.
        String hoverBoth = PageChecks.hoverHostileMarks("src rfc checks");
        RenderedPage rendered = chromium.render(page, dir, hoverBoth);
        Document dom = rendered.dom();
        assertEquals("", rendered.dialogs(), "no alert ran");
        drawnWithoutErrors(rendered);
        PageChecks.nothingInjected(dom);
        // Exactly the page's scripts (error recorder, Plotly, page script, the chart's) plus the test's two.
        PageChecks.onlyItsScripts(written, dom, 3 + 1, 2);

        assertEquals(List.of("run 1 of " + cases.resolve("src.log")), facts(dom, "source"));
        // The check table: src.log:8 at .598999 and src.log:9 at .599017 are 1.702 and 1.720 ms after
        // src-downtime-start (.597297): read 1 or 2, below 3.
        List<List<String>> checks = rows(dom, "≥ limit");
        assertTrue(checks.contains(List.of("src", "save of " + scriptTag + " 0", "src.log:8", "1.702", "1–2 ms", "no")), checks.toString());
        assertTrue(checks.contains(List.of("src", "save of " + imageTag + " 0", "src.log:9", "1.720", "1–2 ms", "no")), checks.toString());
        assertEquals("rfc check after save of " + scriptTag + " 0source, " + cases.resolve("src.log") + ":8"
                        + "at 1.702 ms since src-downtime-startperceived 1–2 ms, limit 3 ms: ≥ limit no | "
                        + "rfc check after save of " + imageTag + " 0source, " + cases.resolve("src.log") + ":9"
                        + "at 1.720 ms since src-downtime-startperceived 1–2 ms, limit 3 ms: ≥ limit no",
                dom.selectFirst("html").attr("data-hover-labels"));
    }
}
