package io.downtime.testing;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the browser tests of every HTML page ask alike: the page made by the command line, drawn
 * without a script error, its header facts, and hostile names that must stay text.
 */
public final class PageChecks {
    /** A device name that would run a script if a page let it through as markup. */
    public static final String SCRIPT_TAG = "<script>alert(1)</script>";
    /** A device name that would close a script and add an image with a handler. */
    public static final String IMAGE_TAG = "\"</script><img src=x onerror=alert(1)>";

    private PageChecks() {
    }

    /**
     * Runs {@code analyzer COMMAND --format html -o DIR/NAME.html ARGS}, which must succeed and say
     * nothing on either stream (a page carries its own warnings); the page's path.
     */
    public static Path write(Path dir, String name, String command, String... args) {
        Path page = dir.resolve(name + ".html");
        List<String> line = new ArrayList<>(List.of(command, "--format", "html", "-o", page.toString()));
        line.addAll(List.of(args));
        CliRun run = CliRun.of(line.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("", run.err());
        return page;
    }

    /** No script error, no dialog, and {@code charts} charts, each drawn by Plotly and counted by the page. */
    public static void drawnWithoutErrors(RenderedPage rendered, int charts) {
        assertEquals("", rendered.scriptErrors());
        assertEquals("", rendered.dialogs());
        assertEquals(charts, rendered.charts().size());
        assertEquals(charts, rendered.chartsWithSvg());
        assertEquals(charts, rendered.chartsCountedByPage());
    }

    /** The values of the header facts labelled {@code label}, as the reader sees them. */
    public static List<String> facts(Document dom, String label) {
        return dom.select("dl.facts dt").stream().filter(dt -> dt.text().equals(label))
                .map(dt -> dt.nextElementSibling().wholeText()).toList();
    }

    /**
     * Nothing was injected into the rendered page: no image, no SVG but Plotly's (in the charts, and
     * its text-measuring #js-plotly-tester), no event handler attribute.
     */
    public static void nothingInjected(Document rendered) {
        assertTrue(rendered.select("img").isEmpty(), rendered.select("img").outerHtml());
        assertTrue(rendered.select("svg").stream().allMatch(svg -> svg.closest("div.chart") != null
                || svg.id().equals("js-plotly-tester")), rendered.select("svg").outerHtml());
        for (Element element : rendered.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), element.outerHtml());
            }
        }
    }

    /**
     * The page was written with {@code scripts} scripts (error recorder, Plotly, page script, one per
     * chart) and ran those and the test's {@code added}, no other.
     */
    public static void onlyItsScripts(Document written, Document rendered, int scripts, int added) {
        assertEquals(scripts, written.select("script").size());
        assertEquals(scripts + added, rendered.select("script").size());
    }

    /**
     * A script for {@code HeadlessChromium.render}: the reader hovers, one after the other (Plotly ignores
     * hovers that follow each other too closely), over every mark of chart-1's row {@code row} whose
     * hover text holds a hostile name; the labels shown are kept in data-hover-labels, joined by " | ".
     */
    public static String hoverHostileMarks(String row) {
        return """
                var chart = document.getElementById('chart-1');
                var labels = [];
                function hover(points) {
                  if (points.length === 0) {
                    document.documentElement.setAttribute('data-hover-labels', labels.join(' | '));
                    return;
                  }
                  Plotly.Fx.hover(chart, [points[0]]);
                  labels.push(chart.querySelector('g.hoverlayer').textContent);
                  setTimeout(function () { hover(points.slice(1)); }, 300);
                }
                setTimeout(function () {
                  var points = [];
                  chart.data.forEach(function (trace, curve) {
                    if (trace.y[0] !== 'ROW') { return; }
                    trace.hovertext.forEach(function (text, point) {
                      if (text.indexOf('alert(1)') >= 0) { points.push({curveNumber: curve, pointNumber: point}); }
                    });
                  });
                  hover(points);
                }, 300);
                """.replace("ROW", row);
    }

    /**
     * A log of dst-stalled-400ms ({@code src.log} or {@code dst.log}) with two device names made
     * hostile: timer becomes {@link #SCRIPT_TAG} and slirp {@link #IMAGE_TAG} (src.log lines 8 and 9,
     * dst.log lines 4 and 5), each replaced exactly once.
     */
    public static byte[] hostileStalledLog(String log) {
        String original = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/" + log));
        String hostile = original.replace("idstr=timer ", "idstr=" + SCRIPT_TAG + " ")
                .replace("idstr=slirp ", "idstr=" + IMAGE_TAG + " ");
        assertEquals(original.length() + SCRIPT_TAG.length() + IMAGE_TAG.length() - "timer".length() - "slirp".length(),
                hostile.length(), "each name is replaced exactly once in " + log);
        return hostile.getBytes(StandardCharsets.UTF_8);
    }
}
