package io.downtime.report.compare;

import io.downtime.report.Renderer;
import io.downtime.compare.Change;
import io.downtime.compare.Comparison;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.SampleSummary;
import io.downtime.compare.Verdict;
import io.downtime.report.words.ComparisonWords;
import io.downtime.report.html.HtmlPage;
import io.downtime.report.html.HtmlTableBuilder;
import io.downtime.report.html.PageSection;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code analyzer compare} as one self-contained HTML page: the text output's method, verdict and
 * reasons (worded by the same code, {@link ComparisonFacts}), the changes of the blackout and the
 * phases, then of the devices, as bars with their intervals ({@link ComparisonChart}), regressions
 * in red, and every figure in a sortable table with the regressions' rows highlighted. No figure is
 * computed here: all come from the {@link Comparison}.
 */
final class HtmlComparison implements Renderer<Comparison> {
    private static final Set<String> PHASE_KINDS = Set.of("blackout", "qemu_downtime", "expected_downtime",
            "prediction_error", "phase");
    private final PrintWriter out;
    private final String generator;

    HtmlComparison(PrintWriter out, String generator) {
        this.out = out;
        this.generator = generator;
    }

    @Override
    public void render(Comparison comparison) {
        HtmlPage page = new HtmlPage(ComparisonFacts.title(comparison), generator);
        ComparisonFacts.method(comparison.method(), comparison.thresholds()).forEach(fact -> page.fact(fact.label(), fact.value()));
        PageSection verdict = page.section("Verdict");
        verdict.paragraph(ComparisonFacts.verdict(comparison));
        ComparisonFacts.why(comparison).forEach(verdict::paragraph);
        comparison.notes().forEach(note -> verdict.note("note: " + ComparisonWords.note(note)));
        bars(page.section("Blackout and phases"), comparison.figures().stream()
                .filter(f -> PHASE_KINDS.contains(f.figure().kind())).toList(), "phases");
        bars(page.section("Devices"), comparison.figures().stream()
                .filter(f -> !PHASE_KINDS.contains(f.figure().kind())).toList(), "device saves and loads");
        table(page.section("Every figure"), comparison.figures());
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bars(PageSection section, List<FigureComparison> figures, String what) {
        List<FigureComparison> drawn = ComparisonChart.drawn(figures);
        if (drawn.isEmpty()) {
            section.note("No " + what + " with values in both sets.");
            return;
        }
        long withChange = figures.stream().filter(f -> f.change().isPresent()).count();
        section.paragraph("The change of each median (candidate - baseline, ms) with its 95% interval, in the order of"
                + " their impact on the blackout; red: a regression, green: an improvement, grey: no change or too few"
                + " runs. Hover over a bar for both sets' figures and the verdict's reason."
                + (drawn.size() < withChange ? " Drawn: every regression and improvement and the largest other changes,"
                + " " + drawn.size() + " of " + withChange + " (the table below lists all)." : ""));
        section.add(ComparisonChart.of(drawn));
        List<FigureComparison> absent = figures.stream().filter(f -> f.change().isEmpty()).toList();
        if (!absent.isEmpty()) {
            section.note("Not drawn, without values in one set: " + String.join(", ", absent.stream()
                    .map(f -> ComparisonChart.label(f) + " (" + f.verdict().label() + ")").toList()) + ".");
        }
    }

    private static void table(PageSection section, List<FigureComparison> figures) {
        section.paragraph("Every figure, as the text output's table (times in ms; ≥ marks medians of lower bounds);"
                + " regressions and improvements are highlighted. A click on a column header sorts by it.");
        section.add(HtmlTableBuilder.over(figures)
                .text("figure", f -> f.figure().label())
                .text("host", f -> f.figure().hosts())
                .number("base N", f -> f.baseline().count())
                .figure("base median", f -> ComparisonFacts.median(f.baseline()), f -> f.baseline().median())
                .figure("base p95/max", f -> ComparisonFacts.upper(f.baseline()), f -> upper(f.baseline()))
                .number("cand N", f -> f.candidate().count())
                .figure("cand median", f -> ComparisonFacts.median(f.candidate()), f -> f.candidate().median())
                .figure("cand p95/max", f -> ComparisonFacts.upper(f.candidate()), f -> upper(f.candidate()))
                .figure("Δ median", f -> f.change().map(ComparisonFacts::delta).orElse(""),
                        f -> f.change().map(c -> OptionalDouble.of(c.medianDelta())).orElse(OptionalDouble.empty()))
                .figure("Δ %", f -> f.change().map(ComparisonFacts::deltaPercent).orElse(""),
                        f -> f.change().map(Change::medianDeltaPercent).orElse(OptionalDouble.empty()))
                .figure("interval", f -> f.change().map(ComparisonFacts::interval).orElse(""),
                        f -> f.change().flatMap(Change::interval).map(i -> OptionalDouble.of(i.low())).orElse(OptionalDouble.empty()))
                .figure("p", f -> f.change().map(ComparisonFacts::p).orElse(""),
                        f -> f.change().map(c -> OptionalDouble.of(c.test().pValue())).orElse(OptionalDouble.empty()))
                .text("verdict", f -> f.verdict().label())
                .rowClasses(HtmlComparison::rowClass)
                .build());
    }

    /** The value {@link ComparisonFacts#upper} prints, to sort by. */
    private static OptionalDouble upper(SampleSummary sample) {
        if (sample.max().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sample.p95().isPresent() ? sample.p95().getAsLong() : sample.max().getAsLong());
    }

    private static String rowClass(FigureComparison figure) {
        return figure.verdict() == Verdict.REGRESSION ? "regression" : figure.verdict() == Verdict.IMPROVEMENT ? "improvement" : "";
    }
}
