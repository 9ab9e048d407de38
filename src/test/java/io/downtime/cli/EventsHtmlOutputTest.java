package io.downtime.cli;

import io.downtime.report.html.PlotlyLibrary;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code events --format html} and {@code -o} on the command line; the page in a browser is EventsPageBrowserTest. */
class EventsHtmlOutputTest {
    @TempDir
    Path dir;

    private static String sample(String relative) {
        return SampleTraces.path(relative).toString();
    }

    @Test
    void summaryPageAccountsForEveryLineAndCarriesNoCharts() throws IOException {
        Path file = dir.resolve("summary.html");
        CliRun run = CliRun.of("events", "--format", "html", "--summary", "-o", file.toString(),
                sample("dst-stalled-400ms/src.log"), sample("dst-stalled-400ms/dst.log"));
        assertEquals(0, run.exitCode(), run.err());
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        assertTrue(page.select("div.chart").isEmpty());
        assertTrue(Files.size(file) < 30_000, "no Plotly without charts: " + Files.size(file));
        // src.log: 52 lines, dst.log: 40, every one understood (wc -l; SampleTraceReadingTest).
        List<String> rows = page.select("table.data tbody tr").eachText();
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).endsWith("src.log 52 52 0 0 0"), rows.get(0));
        assertTrue(rows.get(1).endsWith("dst.log 40 40 0 0 0"), rows.get(1));
        assertEquals("total 92 92 0 0 0", rows.get(2));
        assertEquals(List.of("2", "92", "92", "0"), page.select("dl.facts dd").eachText());
    }

    @Test
    void aOneInputPageIsPlotlyAndLittleElse() throws IOException {
        Path file = dir.resolve("events.html");
        CliRun run = CliRun.of("events", "--format", "html", "-o", file.toString(), sample("dst-stalled-400ms/src.log"));
        assertEquals(0, run.exitCode(), run.err());
        long library = PlotlyLibrary.bundled().scriptBody().getBytes(StandardCharsets.UTF_8).length;
        long overhead = Files.size(file) - library;
        // 52 lines: styles, scripts, two charts and two tables are some tens of KB next to the library.
        assertTrue(overhead > 0 && overhead < 64 * 1024, "page minus Plotly: " + overhead + " bytes");
    }
}
