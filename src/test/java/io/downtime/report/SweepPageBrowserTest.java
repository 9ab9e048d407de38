package io.downtime.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.report.words.SweepWords;
import io.downtime.testing.HeadlessChromium;
import io.downtime.testing.CliRun;
import io.downtime.testing.PageChecks;
import io.downtime.testing.RenderedPage;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer sweep --format html} rendered by a real headless Chromium: per policy a heatmap of
 * the abort rate and one of the missed violations, drawn (Plotly's heatmap image), no script error,
 * and the cells' figures derived by hand.
 *
 * <p>The corpus, made here from two real samples (StalledDestinationReplayTest, RecordedStrictRunsTest):
 * <pre>
 * dst-stalled-400ms: the source's checks read at most 5 (last save 4.076 ms in), the destination's at most
 *   2 + 5 (sent 1 or 2; last load 4.872 ms after its read): rfc fires at 3 ms (0000:00:01.0/virtio-net,
 *   3.444 ms in, reads at least 3 whatever the phase), not at 12, 303 or 312; the guest stopped at least
 *   405.351 ms, longer than all four.
 * strict-missed-62ms-blackout-8-2: source phase 413-889 (source downtime=1 sent at 0.477 ms); its last save,
 *   2.18 ms in, reads at most 3; the destination's last load reads 6 or 7 after the read, so its sum is
 *   1 + 6 or 1 + 7: at 3 ms some check fires whatever the phases (the destination's last at the latest), at 12
 *   none; the guest stopped between 61.262 and 62.568 ms: longer than 3 and 12, shorter than 303 and 312.
 * total fires exactly when the blackout is longer than downtime-limit: at 2 both runs, at 302 only the stalled one.
 * </pre>
 * So over downtime-limit {2, 302} x switchover-limit {1, 10}, rfc fires on 2 of 2 runs at (2, 1) and on none
 * elsewhere, and misses 0, 2, 1 and 1 violations at (2, 1), (2, 10), (302, 1), (302, 10).
 */
class SweepPageBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each chart's heatmap: its x and y categories, values and labels, and the layout's shapes, in data-charts. */
    private static final String READ_CHARTS = """
            setTimeout(function () {
              var charts = Array.prototype.map.call(document.querySelectorAll('div.chart'), function (chart) {
                var t = chart.data[0];
                return {type: t.type, x: t.x, y: t.y, z: t.z, text: t.text || null, shapes: chart.layout.shapes || []};
              });
              document.documentElement.setAttribute('data-charts', JSON.stringify(charts));
            }, 300);
            """;

    @TempDir
    Path dir;

    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() {
        chromium = HeadlessChromium.requireOrSkip();
    }

    /** Unlike CSV, the page itself carries the caveat: nothing on stderr. */
    private Path page(String name, String... args) {
        return PageChecks.write(dir, name, "sweep", args);
    }

    private static void drawnWithoutErrors(RenderedPage rendered, int charts) {
        PageChecks.drawnWithoutErrors(rendered, charts);
        for (Element chart : rendered.charts()) {
            // A heatmap is drawn as one image of its cells.
            assertFalse(chart.select("g.hm image").isEmpty(), chart.select("g.cartesianlayer").outerHtml());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<List<String>> grid(JsonNode rows) {
        List<List<String>> grid = new ArrayList<>();
        rows.forEach(row -> grid.add(texts(row)));
        return grid;
    }

    /** The two samples, copied into a directory with a hostile name (the page names it in its title and facts). */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("x\"><svg onload=alert(2)>"));
        for (String sample : List.of("dst-stalled-400ms", "strict-missed-62ms-blackout-8-2")) {
            for (String log : List.of("src.log", "dst.log")) {
                TraceForms.write(corpus.resolve(sample).resolve(log), Files.readAllBytes(SampleTraces.path(sample + "/" + log)));
            }
        }
        return corpus;
    }

    @Test
    void heatmapsOfTwoRealRunsOverATwoByTwoGrid() throws IOException {
        Path corpus = corpus();
        // With a target of 100% every cell without a certain missed violation qualifies: rfc's smallest is (2, 1),
        // promising 3 ms; total's promise is the downtime limit, so (2, 1) and (2, 10) both promise 2 ms and the
        // smaller switchover limit decides: (2, 1).
        RenderedPage rendered = chromium.render(page("two", corpus.toString(), "--downtime-limit", "2:302:300",
                "--switchover-limit", "1:10:9", "--target-abort-rate", "100%"), dir, READ_CHARTS);
        drawnWithoutErrors(rendered, 6);
        Document dom = rendered.dom();
        PageChecks.nothingInjected(dom);
        // Lines: dst-stalled-400ms's src.log 52 and dst.log 40, strict-missed-62ms-blackout-8-2's 53 and 41: 186.
        assertEquals("Strict-mode sweep of 2 migrations from 2 cases (186 lines) under " + corpus,
                dom.selectFirst("h1").text());
        assertEquals(List.of("downtime-limit 2:302:300 ms x switchover-limit 1:10:9 ms"), PageChecks.facts(dom, "grid"));
        // The caveat, once.
        assertEquals(1, dom.text().split(SweepWords.CAVEAT.replace(".", "\\."), -1).length - 1);
        assertEquals(List.of("rfc", "total", "source-ack", "QEMU's prediction against the switchover-limit"),
                dom.select("section h2").eachText());
        // Neither trace holds QEMU's decision events: the section says so, and has no table.
        assertTrue(dom.select("section").last().text().contains("no migration shows QEMU's prediction and its blackout"),
                dom.select("section").last().text());

        JsonNode charts = JSON.readTree(dom.selectFirst("html").attr("data-charts"));
        JsonNode rfcAborts = charts.get(0);
        JsonNode rfcMissed = charts.get(1);
        assertEquals("heatmap", rfcAborts.get("type").asText());
        assertEquals(List.of("1", "10"), texts(rfcAborts.get("x")));
        assertEquals(List.of("2", "302"), texts(rfcAborts.get("y")));
        // Rows are downtime limits (2, then 302), columns switchover limits (1, then 10).
        assertEquals(List.of(List.of("100", "0"), List.of("0", "0")), grid(rfcAborts.get("z")));
        assertEquals(List.of(List.of("100.0%", "0.0%"), List.of("0.0%", "0.0%")), grid(rfcAborts.get("text")));
        assertEquals(List.of(List.of("0", "2"), List.of("1", "1")), grid(rfcMissed.get("z")));
        assertEquals(List.of(List.of("0", "2"), List.of("1", "1")), grid(rfcMissed.get("text")));
        // The recommended cell (2, 1) is outlined on both: category 0 of each axis.
        for (JsonNode chart : List.of(rfcAborts, rfcMissed)) {
            assertEquals(1, chart.get("shapes").size());
            JsonNode outline = chart.get("shapes").get(0);
            assertEquals(List.of(-0.5, 0.5, -0.5, 0.5), List.of(outline.get("x0").asDouble(), outline.get("x1").asDouble(),
                    outline.get("y0").asDouble(), outline.get("y1").asDouble()));
        }
        // total: both runs fire at 2 ms, only the stalled one at 302; it never misses.
        assertEquals(List.of(List.of("100.0%", "100.0%"), List.of("50.0%", "50.0%")), grid(charts.get(2).get("text")));
        assertEquals(List.of(List.of("0", "0"), List.of("0", "0")), grid(charts.get(3).get("text")));

        List<String> recommendations = dom.select("section p").eachText().stream()
                .filter(text -> text.startsWith("Recommendation: ")).toList();
        assertEquals("Recommendation: the smallest limits that keep aborts at or under 100% without a missed violation are"
                + " downtime-limit 2 ms + switchover-limit 1 ms = abort limit 3 ms (promises 3 ms): of 2 runs 2 fire (100%)"
                + " and none misses a violation, whatever the counter phases and clock offsets.", recommendations.get(0));
        // Every cell in a table, the recommended one marked.
        Element rfcCells = dom.select("section").get(0).select("table.data").first();
        assertEquals(List.of(
                List.of("2", "1", "3", "2", "2", "0", "100.0%", "0", "0", "0", "0", "yes"),
                List.of("2", "10", "12", "2", "0", "0", "0.0%", "2", "0", "0", "0", ""),
                List.of("302", "1", "303", "2", "0", "0", "0.0%", "1", "0", "0", "0", ""),
                List.of("302", "10", "312", "2", "0", "0", "0.0%", "1", "0", "0", "0", "")),
                rfcCells.select("tbody tr").stream().map(tr -> tr.select("td").stream().map(Element::text).toList()).toList());
    }

    /**
     * The sample-traces directory itself: 20 case directories (19 with src.log and dst.log, and the two
     * libvirt domain logs of libvirt-one-migration). cancelled-then-retried holds two attempts (src.log
     * with dst.log, then dst-2.log), so 21 migrations. Four cannot be replayed: three never stopped the guest
     * (cancelled-in-precopy, the first attempt of cancelled-then-retried, dst-killed-in-precopy: no
     * src-downtime-start in their src.log) and precopy-no-timestamps has no times; 21 - 4 = 17 are swept.
     * The libvirt log's failed start is a note on stderr.
     */
    @Test
    void theWholeSampleDirectory() {
        Path page = dir.resolve("samples.html");
        CliRun run = CliRun.of("sweep", "--format", "html", "-o", page.toString(), SampleTraces.root().toString(),
                "--downtime-limit", "100:500:100", "--switchover-limit", "0:20:10");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("analyzer: note: " + SampleTraces.path("libvirt-one-migration/src-host-guest-a.log")
                + ": QEMU process 1 (lines 1-52) is a failed start, not a migration"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        RenderedPage rendered = chromium.render(page, dir, READ_CHARTS);
        drawnWithoutErrors(rendered, 6);
        Document dom = rendered.dom();
        assertTrue(dom.selectFirst("h1").text().startsWith("Strict-mode sweep of 17 migrations from 20 cases ("),
                dom.selectFirst("h1").text());
        assertEquals(List.of("rfc", "total", "source-ack", "QEMU's prediction against the switchover-limit", "Not replayed"),
                dom.select("section h2").eachText());
        List<String> notReplayed = dom.select("section").last().select("td").eachText();
        // named as a run set names a case: its directory relative to the given path's parent, #N for an attempt
        assertEquals(List.of("sample-traces/cancelled-in-precopy: ", "sample-traces/cancelled-then-retried #1: ",
                        "sample-traces/dst-killed-in-precopy: ", "sample-traces/precopy-no-timestamps: "),
                notReplayed.stream().map(cell -> cell.substring(0, cell.indexOf(": ") + 2)).toList());
    }
}
