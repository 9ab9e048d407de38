package io.downtime.report.compare;

import io.downtime.report.migration.OutcomeWords;
import io.downtime.compare.Change;
import io.downtime.compare.Comparison;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.FigureComparison;
import io.downtime.report.words.Numbers;
import io.downtime.compare.SampleSummary;
import io.downtime.compare.SetDescription;
import io.downtime.compare.Thresholds;
import io.downtime.compare.Verdict;
import io.downtime.report.words.ComparisonWords;
import io.downtime.outcome.MigrationResult;
import io.downtime.report.migration.ReportFacts.Fact;
import io.downtime.run.Durations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code analyzer compare} says about two run sets, worded once for the text output and the
 * HTML page: the title, the method, the verdict, each figure's printed values, and why. The figures
 * are the {@link Comparison}'s; docs/compare.md defines them.
 */
final class ComparisonFacts {
    private ComparisonFacts() {
    }

    /** {@code Comparison: baseline fw-a (10 migrations, 10 completed) vs candidate fw-b (...)}. */
    static String title(Comparison comparison) {
        return "Comparison: " + side("baseline", comparison.baseline()) + " vs " + side("candidate", comparison.candidate());
    }

    private static String side(String role, SetDescription set) {
        return role + " " + set.label() + " (" + set.runs().size() + " migration" + (set.runs().size() == 1 ? "" : "s")
                + ", " + set.completed() + " completed" + otherOutcomes(set) + ")";
    }

    /** {@code , outcomes: 1 failed, 1 cancelled}: the migrations that did not complete, by how they ended. */
    private static String otherOutcomes(SetDescription set) {
        List<String> parts = new ArrayList<>();
        set.outcomes().forEach((result, count) -> {
            if (result != MigrationResult.COMPLETED) {
                parts.add(count + " " + OutcomeWords.result(result));
            }
        });
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
    }

    /** The test, the floors, the interval, how values are printed. */
    static List<Fact> method(ComparisonMethod method, Thresholds thresholds) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("test", ComparisonMethod.TEST + ", significance level " + Numbers.p(thresholds.alpha())));
        facts.add(new Fact("reported", "a change when significant and the median moved by at least "
                + thresholds.minChangeMicros() + " µs and " + Durations.percent(thresholds.minChangePercent())
                + " of the baseline's"));
        if (method.bootstrapResamples() > 0) {
            facts.add(new Fact("interval", Durations.percent(method.confidence() * 100) + " " + ComparisonMethod.INTERVAL
                    + " (" + method.bootstrapResamples() + " resamples, seed " + method.bootstrapSeed() + ")"));
        }
        facts.add(new Fact("values", "ms; ≥ marks medians of lower bounds (see the notes); P95/MAX is the 95th percentile"
                + " from " + SampleSummary.P95_MIN_RUNS + " runs on, the maximum below"));
        return facts;
    }

    /** {@code Verdict: 1 regression, 0 improvements; 85 without change, of 86 figures}. */
    static String verdict(Comparison comparison) {
        return "Verdict: " + counts(comparison);
    }

    /** {@code 1 regression, 0 improvements; 85 without change, of 86 figures}: how many figures got each verdict. */
    static String counts(Comparison comparison) {
        List<String> parts = new ArrayList<>();
        for (Verdict verdict : List.of(Verdict.REGRESSION, Verdict.IMPROVEMENT, Verdict.ONLY_BASELINE,
                Verdict.ONLY_CANDIDATE, Verdict.TOO_FEW_RUNS, Verdict.UNKNOWN)) {
            int count = comparison.with(verdict).size();
            if (count > 0 || verdict.changed()) {
                parts.add(count + " " + verdict.label() + (verdict.changed() && count != 1 ? "s" : ""));
            }
        }
        return String.join(", ", parts) + "; " + comparison.with(Verdict.NO_CHANGE).size()
                + " without change, of " + comparison.figures().size() + " figures";
    }

    /**
     * One sentence per figure that is not {@code no change}, {@code too few runs} once per reason:
     * {@code regression: 0000:00:01.0/virtio-net save (src): +184 µs (+27.9%), p = 0.000155}.
     */
    static List<String> why(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        comparison.figures().stream()
                .filter(f -> f.verdict() != Verdict.NO_CHANGE && f.verdict() != Verdict.TOO_FEW_RUNS)
                .forEach(figure -> lines.add(figure.verdict().label() + ": " + figure.figure().label() + " ("
                        + figure.figure().hosts() + "): " + ComparisonWords.reason(figure.reason())));
        // Too few runs is said once per reason: with few runs it holds for nearly every figure.
        Map<String, Long> tooFew = comparison.with(Verdict.TOO_FEW_RUNS).stream()
                .collect(Collectors.groupingBy(figure -> ComparisonWords.reason(figure.reason()), LinkedHashMap::new,
                        Collectors.counting()));
        tooFew.forEach((reason, count) -> lines.add(Verdict.TOO_FEW_RUNS.label() + ": " + count + " figure"
                + (count == 1 ? "" : "s") + ": " + reason));
        return lines;
    }

    /** {@code ≥405.351}, {@code 0.634}; {@code ?} when every run's value is unknown, {@code -} without the figure. */
    static String median(SampleSummary sample) {
        if (sample.median().isEmpty()) {
            return sample.unknown() > 0 ? "?" : "-";
        }
        return (sample.lowerBounds() > 0 ? "≥" : "") + Durations.ms(sample.median().getAsDouble());
    }

    /** The 95th percentile from 20 values on, else the maximum; empty without values. */
    static String upper(SampleSummary sample) {
        if (sample.max().isEmpty()) {
            return "";
        }
        long value = sample.p95().isPresent() ? sample.p95().getAsLong() : sample.max().getAsLong();
        return (sample.lowerBounds() > 0 ? "≥" : "") + Durations.ms(value);
    }

    /** {@code +0.190}: the change of the median, ms. */
    static String delta(Change change) {
        return signedMs(change.medianDelta());
    }

    /** {@code +30.0%}, empty when the baseline's median is 0. */
    static String deltaPercent(Change change) {
        return change.medianDeltaPercent().isEmpty() ? "" : Durations.signedPercent(change.medianDeltaPercent().getAsDouble());
    }

    /** {@code +0.150..+0.230}, ms; empty when no interval was computed. */
    static String interval(Change change) {
        return change.interval().isEmpty() ? ""
                : signedMs(change.interval().get().low()) + ".." + signedMs(change.interval().get().high());
    }

    /** The rank test's p-value: {@code 0.00794}. */
    static String p(Change change) {
        return Numbers.p(change.test().pValue());
    }

    private static String signedMs(double micros) {
        return (micros >= 0 ? "+" : "-") + Durations.ms(Math.abs(micros));
    }
}
