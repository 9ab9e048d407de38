package io.downtime.cli;

import io.downtime.report.html.PlotlyLibrary;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code report --format html} and {@code -o} on the command line, and the page's facts against
 * the text report's; the page in a browser is ReportPageBrowserTest.
 */
class ReportHtmlOutputTest {
    private static String sample(String relative) {
        return SampleTraces.path(relative).toString();
    }

    /** Plotly is nearly all of a page: one migration of a small guest adds some 50 KB (docs/html-report.md). */
    @Test
    void aPageIsPlotlyAndLittleMore() {
        CliRun run = CliRun.of("report", "--format", "html", "-o", "-", sample("dst-stalled-400ms"));
        long page = run.out().getBytes(StandardCharsets.UTF_8).length;
        long plotly = PlotlyLibrary.bundled().scriptBody().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(page > plotly && page < plotly + 64 * 1024, page + " bytes, Plotly " + plotly);
    }

    /** The page's verdict lines, which the text's answer words in its own lines (docs/report.md, The answer first). */
    private static final java.util.Set<String> VERDICT = java.util.Set.of("outcome", "prediction", "went to", "limit");

    /**
     * A verdict line of the page in the text's answer: the outcome is the text's outcome line without the QEMU's-figure
     * clause the answer adds; every duration the page's prediction, went-to and limit lines give is in the answer too.
     */
    private static void answerStates(String label, String value, String text) {
        if (label.equals("outcome")) {
            Matcher outcome = Pattern.compile("(?m)^  outcome +(.*)$").matcher(text);
            boolean found = false;
            while (outcome.find()) {
                found |= outcome.group(1).replaceFirst("; QEMU's figure(: [^;]*| unknown: [^;]*)", "").equals(value);
            }
            assertTrue(found, value + " in\n" + text);
            return;
        }
        Matcher durations = Pattern.compile("[0-9]+\\.[0-9]{3}( ±[0-9]+\\.[0-9]{3})? ms").matcher(value);
        while (durations.find()) {
            assertTrue(text.contains(durations.group()), label + ": " + durations.group() + " in\n" + text);
        }
    }

    /**
     * Every fact of the page (runs, roles, clock alignment, blackout) is a line of the text report,
     * label and value alike: both are worded by the same code from the same analysis. The page's verdict lines
     * (outcome, prediction, went to, limit) are said by the text's answer in its own words, with the same figures.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dst-stalled-400ms", "precopy-skewed-clocks", "precopy-no-timestamps",
            "dst-killed-at-switchover", "precopy-return-path", "libvirt-one-migration", "postcopy-random-ram",
            "dst-killed-in-precopy", "cancelled-in-precopy", "cancelled-then-retried", "strict-source-fires-first-5-1"})
    void thePageStatesTheTextReportsFacts(String sample) {
        CliRun text = CliRun.of("report", sample(sample));
        CliRun html = CliRun.of("report", "--format", "html", "-o", "-", sample(sample));
        assertEquals(0, html.exitCode(), html.err());
        Document page = Jsoup.parse(html.out());
        List<Element> labels = page.select("section dl.facts dt");
        assertTrue(labels.size() >= 10, labels.toString());
        for (Element label : labels) {
            String value = label.nextElementSibling().wholeText();
            if (VERDICT.contains(label.text())) {
                answerStates(label.text(), value, text.out());
                continue;
            }
            Pattern line = Pattern.compile("(?m)^  " + Pattern.quote(label.text()) + " +" + Pattern.quote(value) + "$");
            assertTrue(line.matcher(text.out()).find(), label.text() + " " + value + " in\n" + text.out());
        }
        // The explanation of a disagreement, and the title, too.
        for (Element paragraph : page.select("section > p:not(.note)")) {
            if (paragraph.text().startsWith("The guest was stopped") || paragraph.text().startsWith("QEMU's figure is")) {
                assertTrue(text.out().contains("  " + paragraph.text() + "\n"), paragraph.text());
            }
        }
        // The text report of libvirt domain logs lists their processes and migrations before the title.
        String title = page.select("section h2").stream().map(Element::text).filter(h -> !h.equals("Migrations found"))
                .findFirst().orElseThrow();
        assertTrue(text.out().startsWith(title + "\n") || text.out().contains("\n\n" + title + "\n"), title);
    }
}
