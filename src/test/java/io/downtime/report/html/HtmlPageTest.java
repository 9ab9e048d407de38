package io.downtime.report.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlPageTest {
    private static final String HOSTILE = "x\"><svg onload=alert(2)>.log";

    private static Chart chart() {
        return Chart.builder().trace(ChartTrace.horizontalBars(List.of("a"), new double[]{1})).height(300).build();
    }

    @Test
    void headerAndSectionsEscapeTheirText() {
        HtmlPage page = new HtmlPage("Events of " + HOSTILE, "analyzer <test>");
        page.fact("Input", HOSTILE);
        page.section(HOSTILE).paragraph("<b>not bold</b>").note("& a note");
        page.section("Second");
        Document dom = Jsoup.parse(page.render());

        assertEquals("Events of " + HOSTILE, dom.title());
        assertEquals("Events of " + HOSTILE, dom.selectFirst("h1").text());
        assertEquals(List.of("Input"), dom.select("dl.facts dt").eachText());
        assertEquals(List.of(HOSTILE), dom.select("dl.facts dd").eachText());
        assertEquals(List.of(HOSTILE, "Second"), dom.select("section h2").eachText());
        assertEquals(List.of(HOSTILE, "Second"), dom.select("nav.contents a").eachText());
        assertEquals("<b>not bold</b>", dom.selectFirst("section p").text());
        assertEquals("& a note", dom.selectFirst("p.note").text());
        assertEquals("analyzer <test>", dom.selectFirst("meta[name=generator]").attr("content"));
        assertTrue(dom.select("svg, b").isEmpty());
    }

    @Test
    void factListsAndSubheadingsEscapeTheirText() {
        HtmlPage page = new HtmlPage("t", "g");
        page.section("s").add(new Subheading("<i>" + HOSTILE))
                .add(new FactList(List.of(new HtmlPage.Fact("<b>label</b>", HOSTILE))));
        Document dom = Jsoup.parse(page.render());
        assertEquals("<i>" + HOSTILE, dom.selectFirst("section h3").text());
        assertEquals(List.of("<b>label</b>"), dom.select("section dl.facts dt").eachText());
        assertEquals(List.of(HOSTILE), dom.select("section dl.facts dd").eachText());
        assertTrue(dom.select("svg, b, i").isEmpty());
    }

    @Test
    void pageWithoutChartsCarriesNoPlotly() {
        HtmlPage page = new HtmlPage("t", "g");
        page.section("s").paragraph("p");
        String html = page.render();
        assertFalse(html.contains(PlotlyLibrary.bundled().script().substring(0, 200)));
        assertTrue(html.length() < 20_000, "length " + html.length());
        // The error box and its recorder are there all the same.
        Document dom = Jsoup.parse(html);
        assertTrue(dom.getElementById("page-errors").hasAttr("hidden"));
        assertTrue(dom.select("head script").first().data().contains("unhandledrejection"));
    }

    @Test
    void chartsShareOneEmbeddedPlotlyAndNeedNoNetwork() {
        HtmlPage page = new HtmlPage("t", "g");
        page.section("one").add(chart()).add(chart());
        page.section("two").add(chart());
        String html = page.render();
        Document dom = Jsoup.parse(html);

        assertEquals(List.of("chart-1", "chart-2", "chart-3"), dom.select("div.chart").eachAttr("id"));
        assertEquals(1, html.split("\\* plotly\\.js \\(cartesian - minified\\) v", -1).length - 1, "Plotly is embedded once");
        // The error recorder comes before Plotly, so Plotly's own errors are caught too.
        assertEquals(3, dom.select("head script").size());
        assertTrue(dom.select("head script").get(1).data().strip().startsWith("/*! plotly.js-cartesian-dist-min"));
        // Nothing is fetched: no script, style sheet, image or frame comes from elsewhere.
        assertTrue(dom.select("script[src], link[href], img, iframe, object, embed").isEmpty());
        // Nor does the page name any address, outside the library's own defaults (map tiles it never loads here).
        assertFalse(html.replace(PlotlyLibrary.bundled().scriptBody(), "").contains("://"));
        assertTrue(dom.selectFirst("footer").text().contains("plotly.js-cartesian-dist-min " + PlotlyLibrary.bundled().version()));
    }
}
