package io.downtime.report.words;

import io.downtime.compare.Change;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.SampleSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A comparison as CSV cells, one row per figure: what {@code analyzer compare --format csv} and
 * {@code analyzer-fleet compare} both write (docs/compare.md, "CSV and JSON"). Times in µs. It is here, with
 * the words, because the fleet writes it too and compiles this package of report only.
 */
public final class ComparisonCells {
    public static final List<String> HEADER = List.of("kind", "figure", "host", "in_blackout",
            "baseline_n", "baseline_unknown", "baseline_lower_bounds", "baseline_median_us", "baseline_p95_us",
            "baseline_max_us",
            "candidate_n", "candidate_unknown", "candidate_lower_bounds", "candidate_median_us", "candidate_p95_us",
            "candidate_max_us",
            "median_delta_us", "median_delta_pct", "u", "p_value", "exact", "interval_low_us", "interval_high_us",
            "verdict", "reason");

    private ComparisonCells() {
    }

    /** The cells of one figure, in the order of {@link #HEADER}; an absent value is an empty cell. */
    public static List<Object> row(FigureComparison figure) {
        List<Object> row = new ArrayList<>(List.of(figure.figure().kind(), figure.figure().label(),
                figure.figure().hosts(), figure.inBlackout()));
        sample(row, figure.baseline());
        sample(row, figure.candidate());
        Change change = figure.change().orElse(null);
        row.add(change == null ? "" : number(change.medianDelta()));
        row.add(change == null ? "" : number(change.medianDeltaPercent()));
        row.add(change == null ? "" : number(change.test().u()));
        row.add(change == null ? "" : change.test().pValue());
        row.add(change == null ? "" : change.test().exact());
        row.add(change == null || change.interval().isEmpty() ? "" : number(change.interval().get().low()));
        row.add(change == null || change.interval().isEmpty() ? "" : number(change.interval().get().high()));
        row.add(figure.verdict().label());
        row.add(ComparisonWords.reason(figure.reason()));
        return row;
    }

    private static void sample(List<Object> row, SampleSummary sample) {
        row.add(sample.count());
        row.add(sample.unknown());
        row.add(sample.lowerBounds());
        row.add(number(sample.median()));
        row.add(number(sample.p95()));
        row.add(number(sample.max()));
    }

    /** A whole number without a decimal point, any other as Java prints a double. */
    static String number(double value) {
        return value % 1 == 0 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    private static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
