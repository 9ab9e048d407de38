package io.downtime.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Two run sets side by side: what {@code analyzer compare} prints, in every format.
 *
 * @param figures every figure of either set: the blackout, QEMU's figure, then the others by
 *                their impact on the blackout (in the blackout first, then the largest change)
 * @param notes   what the reader must know to trust the figures (lower bounds, clock
 *                alignment that differs between the sets, runs left out)
 */
public record Comparison(SetDescription baseline, SetDescription candidate, ComparisonMethod method,
                         Thresholds thresholds, List<FigureComparison> figures, List<ComparisonNote> notes) {
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

    /**
     * The biggest change of {@code verdict} (a regression or an improvement): the one whose median moved the most
     * in µs, the first in {@link #figures}' order on a tie (docs/compare.md); empty when there is none.
     */
    public Optional<FigureComparison> biggest(Verdict verdict) {
        return with(verdict).stream().filter(figure -> figure.change().isPresent())
                .max(Comparator.comparingDouble(figure -> Math.abs(figure.change().get().medianDelta())));
    }
}
