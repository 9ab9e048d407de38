package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code compare --format html} on the command line, and the page's words against the text output's
 * (both from ComparisonFacts); the page in a browser is ComparePageBrowserTest.
 */
class CompareHtmlOutputTest {
    private static String sample(String name) {
        return SampleTraces.path(name).toString();
    }

    /**
     * Title, method, verdict (the text's answer line), reasons and notes are the text output's lines; every figure is
     * in the table.
     */
    @Test
    void thePageSaysWhatTheTextSays() {
        String[] sets = {sample("dst-stalled-400ms"), SampleTraces.root().toString()};
        CliRun text = CliRun.of("compare", "--top", "0", sets[0], sets[1]);
        CliRun html = CliRun.of("compare", "--format", "html", "-o", "-", sets[0], sets[1]);
        assertEquals(text.exitCode(), html.exitCode(), html.err());
        Document page = Jsoup.parse(html.out());
        assertTrue(text.out().startsWith(page.selectFirst("h1").text() + "\n"), page.selectFirst("h1").text());
        List<Element> labels = page.select("header dl.facts dt");
        assertEquals(4, labels.size());
        for (Element label : labels) {
            Pattern line = Pattern.compile("(?m)^  " + Pattern.quote(label.text()) + " +"
                    + Pattern.quote(label.nextElementSibling().wholeText()) + "$");
            assertTrue(line.matcher(text.out()).find(), label.text());
        }
        Element verdict = page.select("section").get(0);
        List<String> paragraphs = verdict.select("p").eachText();
        assertTrue(paragraphs.size() > 2, paragraphs.toString());
        for (String paragraph : paragraphs) {
            // The page's "Verdict: ..." is the text answer's verdict line (docs/compare.md, The answer first).
            Pattern verdictLine = Pattern.compile("(?m)^  verdict +" + Pattern.quote(paragraph.replaceFirst("^Verdict: ", ""))
                    + "$");
            assertTrue(text.out().contains("\n" + paragraph + "\n") || text.out().contains("\n  " + paragraph + "\n")
                    || paragraph.startsWith("Verdict: ") && verdictLine.matcher(text.out()).find(),
                    paragraph + " in\n" + text.out());
        }
        // As many rows as the text's table with --top 0 (between the dashes and the blank line).
        String table = text.out().substring(text.out().indexOf("\n-") + 1);
        long rows = table.substring(table.indexOf('\n') + 1, table.indexOf("\n\n")).lines().count();
        assertEquals(rows, page.select("section").get(3).select("tbody tr").size());
    }
}
