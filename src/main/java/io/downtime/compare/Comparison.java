package io.downtime.compare;

import java.util.List;

/**
 * Two run sets side by side: what {@code analyzer compare} prints, in every format.
 *
 * @param figures every figure of either set: the blackout, QEMU's figure, then the others by
 *                their impact on the blackout (in the blackout first, then the largest change)
 * @param notes   sentences the reader must know to trust the figures (lower bounds, clock
 *                alignment that differs between the sets, runs left out)
 */
public record Comparison(SetDescription baseline, SetDescription candidate, ComparisonMethod method,
                         Thresholds thresholds, List<FigureComparison> figures, List<String> notes) {
    public Comparison {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    public List<FigureComparison> with(Verdict verdict) {
        return figures.stream().filter(figure -> figure.verdict() == verdict).toList();
    }

    public List<FigureComparison> regressions() {
        return with(Verdict.REGRESSION);
    }
}
