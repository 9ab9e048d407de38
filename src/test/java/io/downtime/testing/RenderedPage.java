package io.downtime.testing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DOM of a page after a real browser ran its scripts, and what tests ask of it. */
public record RenderedPage(Document dom) {
    private static final Pattern TRANSLATE = Pattern.compile("translate\\(\\s*[-0-9.e]+\\s*,\\s*([-0-9.e]+)\\s*\\)");

    /** The chart elements of the page ({@code div.chart}). */
    public List<Element> charts() {
        return dom.select("div.chart");
    }

    /** Charts Plotly drew: each holds Plotly's {@code svg.main-svg}. */
    public long chartsWithSvg() {
        return charts().stream().filter(chart -> !chart.select("svg.main-svg").isEmpty()).count();
    }

    /** How many charts the page itself counted as drawn (Plotly's promise resolved). */
    public int chartsCountedByPage() {
        String count = root().attr("data-charts-rendered");
        return count.isEmpty() ? 0 : Integer.parseInt(count);
    }

    /** What the page's error handler recorded; empty when no script failed. */
    public String scriptErrors() {
        Element box = dom.getElementById("page-errors");
        return (box == null ? "(no #page-errors element) " : box.text()) + root().attr("data-script-errors");
    }

    /** Calls of alert, confirm or prompt; empty when there were none. */
    public String dialogs() {
        return root().attr("data-dialogs");
    }

    /** The y-axis tick labels of {@code chart} as the reader sees them, from top to bottom. */
    public static List<String> yTicksTopToBottom(Element chart) {
        return chart.select("g.ytick text").stream()
                .sorted(Comparator.comparingDouble(RenderedPage::translateY))
                .map(Element::text)
                .toList();
    }

    // Plotly places each tick label with transform="translate(x,y)".
    private static double translateY(Element text) {
        Matcher m = TRANSLATE.matcher(text.attr("transform"));
        if (!m.find()) {
            throw new IllegalStateException("tick label without translate(): " + text.outerHtml());
        }
        return Double.parseDouble(m.group(1));
    }

    private Element root() {
        return dom.selectFirst("html");
    }
}
