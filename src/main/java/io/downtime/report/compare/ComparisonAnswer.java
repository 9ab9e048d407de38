package io.downtime.report.compare;

import io.downtime.report.FieldLines;

import io.downtime.compare.Change;
import io.downtime.compare.Comparison;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer {@code analyzer compare} opens with (docs/compare.md, The answer first): the title, its underline, how
 * many figures regressed and improved, and the biggest regression and improvement; at most five lines before any
 * table.
 */
final class ComparisonAnswer {
    private ComparisonAnswer() {
    }

    static List<String> lines(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        String title = ComparisonFacts.title(comparison);
        lines.add(title);
        lines.add("=".repeat(title.length()));
        FieldLines fields = new FieldLines();
        fields.add("verdict", ComparisonFacts.counts(comparison));
        for (Verdict verdict : List.of(Verdict.REGRESSION, Verdict.IMPROVEMENT)) {
            comparison.biggest(verdict).ifPresent(figure -> fields.add("biggest " + verdict.label(), biggest(figure)));
        }
        lines.addAll(fields.lines("  "));
        return lines;
    }

    /** {@code blackout (guest stopped) (src>dst): median 7.738 → 9.120 ms, +1.382 ms (+17.9%), p = 0.000155}. */
    private static String biggest(FigureComparison figure) {
        Change change = figure.change().orElseThrow();
        String percent = ComparisonFacts.deltaPercent(change);
        return figure.figure().label() + " (" + figure.figure().hosts() + "): median " + ComparisonFacts.median(figure.baseline())
                + " → " + ComparisonFacts.median(figure.candidate()) + " ms, " + ComparisonFacts.delta(change) + " ms"
                + (percent.isEmpty() ? "" : " (" + percent + ")") + ", p = " + ComparisonFacts.p(change);
    }
}
