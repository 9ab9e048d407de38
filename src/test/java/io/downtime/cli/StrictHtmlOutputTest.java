package io.downtime.cli;

import io.downtime.report.html.PlotlyLibrary;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    @TempDir
    Path dir;

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
