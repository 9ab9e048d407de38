package io.downtime.cli;

import io.downtime.report.html.PlotlyLibrary;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code replay --format html} and {@code sweep --format html} on the command line ({@code -o}, exit
 * codes, size), and their facts against the text output's: both are worded by the same code
 * (ReplayFacts, SweepFacts) from the same results. The pages in a browser are ReplayPageBrowserTest
 * and SweepPageBrowserTest.
 */
class StrictHtmlOutputTest {
    private static final String[] REPLAY = {"replay", "--downtime-limit", "300", "--switchover-limit", "10"};
    private static final String[] SWEEP = {"sweep", "--downtime-limit", "2:302:300", "--switchover-limit", "1:10:9"};

    private static String sample(String relative) {
        return SampleTraces.path(relative).toString();
    }

    private static String[] with(String[] command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /**
     * Plotly is most of a page; a replay of one migration of a small guest adds its checks three times
     * over (hover labels and tables): some 135 KB (docs/html-report.md).
     */
    @Test
    void aReplayPageIsPlotlyAndTheChecks() {
        CliRun run = CliRun.of(with(REPLAY, "--format", "html", "-o", "-", sample("dst-stalled-400ms")));
        long page = run.out().getBytes(StandardCharsets.UTF_8).length;
        long plotly = PlotlyLibrary.bundled().scriptBody().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(page > plotly && page < plotly + 192 * 1024, page + " bytes, Plotly " + plotly);
    }

    /** A migration that cannot be replayed (no timestamps) gets its facts and the reason, and no Plotly. */
    @Test
    void anUnreplayableMigrationGetsAPageWithoutCharts() {
        CliRun run = CliRun.of(with(REPLAY, "--format", "html", "-o", "-", sample("precopy-no-timestamps")));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().length() < 100_000, run.out().length() + " characters");
        Document page = Jsoup.parse(run.out());
        assertTrue(page.select("section > p").eachText().stream().anyMatch(text -> text.startsWith("Not replayed: ")),
                page.select("section > p").eachText().toString());
        assertTrue(page.select("div.chart").isEmpty());
    }

    /**
     * Every fact of the replay page (the header's, each policy's) is a line of the text output, label
     * and value alike; the page lists every scenario and observation where the text stops at 8 and
     * points to the JSON, and says so differently.
     */
    @ParameterizedTest
    @CsvSource({"dst-stalled-400ms,300,10", "dst-stalled-400ms,2,1", "strict-source-fires-first-5-1,5,1",
            "strict-source-fires-first-5-1,300,10", "strict-missed-62ms-blackout-8-2,8,2", "strict-destination-fires-50-10,50,10",
            "dst-killed-at-switchover,300,10", "postcopy-random-ram,300,10", "precopy-no-timestamps,300,10"})
    void theReplayPageStatesTheTextsFacts(String sample, String downtime, String switchover) {
        String[] command = {"replay", "--downtime-limit", downtime, "--switchover-limit", switchover, sample(sample)};
        CliRun text = CliRun.of(command);
        CliRun html = CliRun.of(with(command, "--format", "html", "-o", "-"));
        assertEquals(0, html.exitCode(), html.err());
        Document page = Jsoup.parse(html.out());
        List<Element> labels = page.select("section dl.facts dt");
        assertTrue(labels.size() >= 5, labels.toString());
        int scenariosBeyondText = 0;
        for (Element label : labels) {
            String value = label.nextElementSibling().wholeText()
                    .replace("(the counter phases below list every observation)", "(--format json lists every observation)");
            Pattern line = Pattern.compile("(?m)^  " + Pattern.quote(label.text()) + " +" + Pattern.quote(value) + "$");
            if (line.matcher(text.out()).find()) {
                continue;
            }
            assertEquals("scenario", label.text(), value + " in\n" + text.out());
            scenariosBeyondText++;
        }
        if (scenariosBeyondText > 0) {
            assertTrue(text.out().contains("  " + scenariosBeyondText + " more scenarios, later (--format json lists them)\n"),
                    scenariosBeyondText + " in\n" + text.out());
        }
        // The titles and the reason a migration was not replayed, too.
        for (Element title : page.select("section h2")) {
            assertTrue(text.out().contains(title.text() + "\n"), title.text());
        }
        for (Element paragraph : page.select("section > p")) {
            if (paragraph.text().startsWith("Not replayed: ")) {
                assertTrue(text.out().contains(paragraph.text() + "\n"), paragraph.text());
            }
        }
    }

    /**
     * The table of every cell is on the page up to 400 cells a policy, and left to the CSV beyond.
     * --downtime-limit 0:190:10 is 0, 10, ..., 190: 20 values; 0:200:10 is 21; --switchover-limit
     * 0:19:1 is 20 values: grids of 20 x 20 = 400 and 21 x 20 = 420 cells, for each of the three policies.
     */
    @Test
    void aGridOfMoreThan400CellsLeavesItsTableToTheCsv() {
        String samples = SampleTraces.root().toString();
        CliRun listed = CliRun.of("sweep", samples, "--downtime-limit", "0:190:10", "--switchover-limit", "0:19:1",
                "--format", "html", "-o", "-");
        assertEquals(0, listed.exitCode(), listed.err());
        List<Element> listedPolicies = Jsoup.parse(listed.out()).select("section").subList(0, 3);
        for (Element policy : listedPolicies) {
            assertEquals(400, policy.select("table.data tbody tr").size(), policy.selectFirst("h2").text());
        }

        String[] large = {"sweep", samples, "--downtime-limit", "0:200:10", "--switchover-limit", "0:19:1"};
        CliRun page = CliRun.of(with(large, "--format", "html", "-o", "-"));
        assertEquals(0, page.exitCode(), page.err());
        List<Element> policies = Jsoup.parse(page.out()).select("section").subList(0, 3);
        assertEquals(List.of("rfc", "total", "source-ack"), policies.stream().map(p -> p.selectFirst("h2").text()).toList());
        for (Element policy : policies) {
            assertTrue(policy.select("table").isEmpty(), policy.select("table").outerHtml());
            assertTrue(policy.select("p").eachText().contains("The grid has 420 cells, more than the 400 this page lists:"
                    + " hover over a heatmap cell for its figures, or run the same sweep with --format csv for the text"
                    + " output's table of every cell of every policy."), policy.select("p").eachText().toString());
        }
        // The CSV the page points to: a header, then a line per cell and policy, 3 x 420.
        CliRun csv = CliRun.of(with(large, "--format", "csv"));
        assertEquals(1 + 3 * 420, csv.out().lines().count());
    }

    /** The sweep page's facts, caveat and recommendations are the text output's lines. */
    @Test
    void theSweepPageStatesTheTextsFacts() {
        String[] command = with(SWEEP, SampleTraces.root().toString());
        CliRun text = CliRun.of(command);
        CliRun html = CliRun.of(with(command, "--format", "html", "-o", "-"));
        assertEquals(0, html.exitCode(), html.err());
        Document page = Jsoup.parse(html.out());
        assertTrue(text.out().startsWith(page.selectFirst("h1").text() + "\n"), page.selectFirst("h1").text());
        for (Element label : page.select("header dl.facts dt")) {
            String value = label.nextElementSibling().wholeText();
            if (label.text().equals("caveat")) {
                assertTrue(text.out().contains("\n" + value + "\n"), value);
            } else if (!label.text().equals("target")) {
                Pattern line = Pattern.compile("(?m)^  " + Pattern.quote(label.text()) + " +" + Pattern.quote(value) + "$");
                assertTrue(line.matcher(text.out()).find(), label.text() + " " + value + " in\n" + text.out());
            }
        }
        List<String> recommendations = page.select("section > p").eachText().stream()
                .filter(paragraph -> paragraph.startsWith("Recommendation: ")).toList();
        assertEquals(3, recommendations.size());
        for (String recommendation : recommendations) {
            assertTrue(text.out().contains("\n" + recommendation + "\n"), recommendation);
        }
    }
}
