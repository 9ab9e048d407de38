package io.downtime.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page: a title, header facts, sections of paragraphs, tables and charts.
 * Everything the page needs is inside the file (styles, scripts, and Plotly.js when it has
 * charts), so it opens offline and can be attached to a ticket. All text is escaped for the
 * context it lands in (see {@link Escape}).
 */
public final class HtmlPage {
    private static final String ASSETS = "/io/downtime/report/html/";

    /** A labelled value of the page header ("Input", "dst.log"). */
    public record Fact(String label, String value) {
    }

    private final String title;
    private final String generator;
    private final List<Fact> facts = new ArrayList<>();
    private final List<PageSection> sections = new ArrayList<>();

    /** @param generator who made the page, for the footer ({@code analyzer 0.1.0}) */
    public HtmlPage(String title, String generator) {
        this.title = title;
        this.generator = generator;
    }

    public HtmlPage fact(String label, String value) {
        facts.add(new Fact(label, value));
        return this;
    }

    /** A new section at the end of the page. */
    public PageSection section(String sectionTitle) {
        PageSection section = new PageSection(sectionTitle);
        sections.add(section);
        return section;
    }

    public void writeTo(Writer out) throws IOException {
        out.write(render());
        out.flush();
    }

    public String render() {
        boolean charts = sections.stream().flatMap(s -> s.blocks().stream()).anyMatch(Chart.class::isInstance);
        PlotlyLibrary plotly = charts ? PlotlyLibrary.bundled() : null;
        StringBuilder out = new StringBuilder(charts ? plotly.script().length() + 200_000 : 100_000);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"").append(Escape.attribute(generator)).append("\">\n")
                .append("<title>").append(Escape.html(title)).append("</title>\n")
                .append("<style>\n").append(asset("page.css")).append("</style>\n")
                // First, so that errors of every later script are caught.
                .append("<script>\n").append(asset("page-errors.js")).append("</script>\n");
        if (charts) {
            out.append("<script>\n").append(plotly.scriptBody()).append("\n</script>\n");
        }
        out.append("<script>\n").append(asset("page.js")).append("</script>\n</head>\n<body>\n");
        renderHeader(out);
        out.append("<pre id=\"page-errors\" class=\"page-errors\" hidden></pre>\n<main>\n");
        int chartCount = 0;
        for (int s = 0; s < sections.size(); s++) {
            PageSection section = sections.get(s);
            out.append("<section id=\"section-").append(s + 1).append("\">\n<h2>")
                    .append(Escape.html(section.title())).append("</h2>\n");
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    out.append(paragraph.note() ? "<p class=\"note\">" : "<p>")
                            .append(Escape.html(paragraph.text())).append("</p>\n");
                } else if (block instanceof HtmlTable table) {
                    table.render(out);
                } else if (block instanceof Chart chart) {
                    out.append(chart.render("chart-" + (++chartCount)));
                } else if (block instanceof FactList list) {
                    renderFacts(list.facts(), out);
                } else if (block instanceof Subheading heading) {
                    out.append("<h3>").append(Escape.html(heading.text())).append("</h3>\n");
                }
            }
            out.append("</section>\n");
        }
        out.append("</main>\n<footer>Made by ").append(Escape.html(generator));
        if (charts) {
            out.append(". Charts are drawn by ").append(Escape.html(plotly.packageName() + " " + plotly.version()))
                    .append(" (MIT license), embedded in this file: it needs no network.");
        }
        out.append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void renderHeader(StringBuilder out) {
        out.append("<header>\n<h1>").append(Escape.html(title)).append("</h1>\n");
        renderFacts(facts, out);
        if (sections.size() > 1) {
            out.append("<nav class=\"contents\">");
            for (int s = 0; s < sections.size(); s++) {
                out.append("<a href=\"#section-").append(s + 1).append("\">")
                        .append(Escape.html(sections.get(s).title())).append("</a>");
            }
            out.append("</nav>\n");
        }
        out.append("</header>\n");
    }

    private static void renderFacts(List<Fact> facts, StringBuilder out) {
        if (facts.isEmpty()) {
            return;
        }
        out.append("<dl class=\"facts\">\n");
        for (Fact fact : facts) {
            out.append("<dt>").append(Escape.html(fact.label())).append("</dt><dd>")
                    .append(Escape.html(fact.value())).append("</dd>\n");
        }
        out.append("</dl>\n");
    }

    private static String asset(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(ASSETS + name)) {
            if (in == null) {
                throw new IllegalStateException("page asset " + name + " is missing from the classes");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
