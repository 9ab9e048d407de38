package io.downtime.compare;

import io.downtime.blackout.DeviceTimes;
import io.downtime.clock.AlignmentQuality;
import io.downtime.model.DeviceOperation;
import io.downtime.outcome.MigrationResult;
import io.downtime.runset.PhaseTime;
import io.downtime.runset.RunFigures;
import io.downtime.runset.RunRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares two run sets figure by figure (docs/compare.md). */
public final class RunSetComparer {
    private RunSetComparer() {
    }

    public static Comparison compare(String baselineLabel, List<RunFigures> baseline, String candidateLabel,
                                     List<RunFigures> candidate, Thresholds thresholds, ComparisonMethod method) {
        List<RunValues> a = baseline.stream().map(RunValues::of).toList();
        List<RunValues> b = candidate.stream().map(RunValues::of).toList();
        Set<Figure> figures = new LinkedHashSet<>();
        figures.add(new BlackoutFigure());
        figures.add(new QemuDowntimeFigure());
        for (List<RunValues> side : List.of(a, b)) {
            for (RunValues run : side) {
                figures.addAll(run.values().keySet());
                figures.addAll(run.unknown().keySet());
            }
        }
        Set<Figure> inBlackout = inBlackout(baseline, candidate);
        List<FigureComparison> compared = new ArrayList<>();
        for (Figure figure : figures) {
            compared.add(judge(figure, inBlackout.contains(figure), summary(figure, a), summary(figure, b),
                    unknownReason(figure, a), unknownReason(figure, b), thresholds, method));
        }
        compared.sort(impactOrder());
        SetDescription baselineSet = describe(baselineLabel, baseline);
        SetDescription candidateSet = describe(candidateLabel, candidate);
        return new Comparison(baselineSet, candidateSet, method, thresholds, compared,
                notes(compared, baselineSet, candidateSet, a, b));
    }

    /** The blackout, QEMU's figure, its expected downtime and the prediction error, then in-blackout figures before the others, each by impact, largest first. */
    private static Comparator<FigureComparison> impactOrder() {
        return Comparator.comparingInt((FigureComparison c) -> c.figure() instanceof BlackoutFigure ? 0
                        : c.figure() instanceof QemuDowntimeFigure ? 1 : c.figure() instanceof ExpectedDowntimeFigure ? 2
                        : c.figure() instanceof PredictionErrorFigure ? 3 : 4)
                .thenComparing(c -> !c.inBlackout())
                .thenComparing(Comparator.comparingDouble(FigureComparison::impact).reversed())
                .thenComparing(c -> c.figure().label())
                .thenComparing(c -> c.figure().kind());
    }

    static FigureComparison judge(Figure figure, boolean inBlackout, SampleSummary baseline, SampleSummary candidate,
                                  Optional<ValueUnknown> baselineUnknown, Optional<ValueUnknown> candidateUnknown,
                                  Thresholds thresholds, ComparisonMethod method) {
        int m = baseline.count();
        int n = candidate.count();
        if (m == 0 || n == 0) {
            Verdict verdict;
            VerdictReason reason;
            if (m == 0 && n == 0) {
                verdict = Verdict.UNKNOWN;
                reason = new VerdictReason.NoValue(Optional.empty(), baselineUnknown.or(() -> candidateUnknown));
            } else if (m == 0 && baseline.unknown() > 0) {
                verdict = Verdict.UNKNOWN;
                reason = new VerdictReason.NoValue(Optional.of(Side.BASELINE), baselineUnknown);
            } else if (n == 0 && candidate.unknown() > 0) {
                verdict = Verdict.UNKNOWN;
                reason = new VerdictReason.NoValue(Optional.of(Side.CANDIDATE), candidateUnknown);
            } else if (m == 0) {
                verdict = Verdict.ONLY_CANDIDATE;
                reason = new VerdictReason.OnlyIn(Side.CANDIDATE, n);
            } else {
                verdict = Verdict.ONLY_BASELINE;
                reason = new VerdictReason.OnlyIn(Side.BASELINE, m);
            }
            return new FigureComparison(figure, inBlackout, baseline, candidate, Optional.empty(), verdict, reason);
        }
        long[] x = baseline.micros();
        long[] y = candidate.micros();
        double medianA = baseline.median().getAsDouble();
        double delta = candidate.median().getAsDouble() - medianA;
        // A percentage of a signed figure's median (the prediction error) at or below 0 means nothing.
        OptionalDouble percent = medianA > 0 ? OptionalDouble.of(delta / medianA * 100) : OptionalDouble.empty();
        MannWhitney.Result test = MannWhitney.test(x, y);
        Optional<MedianDifferenceInterval> interval = method.bootstrapResamples() > 0
                ? Optional.of(MedianDifferenceInterval.of(x, y, method.bootstrapResamples(), method.bootstrapSeed(),
                method.confidence()))
                : Optional.empty();
        Change change = new Change(delta, percent, test, interval);
        double smallest = MannWhitney.smallestPValue(m, n);
        Verdict verdict;
        VerdictReason reason;
        if (smallest > thresholds.alpha()) {
            verdict = Verdict.TOO_FEW_RUNS;
            reason = new VerdictReason.TooFewRuns(m, n, thresholds.alpha(), smallest);
        } else if (test.pValue() > thresholds.alpha()) {
            verdict = Verdict.NO_CHANGE;
            reason = new VerdictReason.NotSignificant(test.pValue(), thresholds.alpha());
        } else if (Math.abs(delta) < thresholds.minChangeMicros()) {
            verdict = Verdict.NO_CHANGE;
            reason = new VerdictReason.BelowMicrosFloor(test.pValue(), delta, thresholds.minChangeMicros());
        } else if (percent.isPresent() && Math.abs(percent.getAsDouble()) < thresholds.minChangePercent()) {
            verdict = Verdict.NO_CHANGE;
            reason = new VerdictReason.BelowPercentFloor(test.pValue(), percent.getAsDouble(), thresholds.minChangePercent());
        } else if (delta == 0) {
            verdict = Verdict.NO_CHANGE;
            reason = new VerdictReason.MediansEqual(test.pValue());
        } else {
            verdict = delta > 0 ? Verdict.REGRESSION : Verdict.IMPROVEMENT;
            reason = new VerdictReason.Changed(delta, percent, test.pValue());
        }
        return new FigureComparison(figure, inBlackout, baseline, candidate, Optional.of(change), verdict, reason);
    }

    private static SampleSummary summary(Figure figure, List<RunValues> runs) {
        List<Observation> values = new ArrayList<>();
        int unknown = 0;
        for (RunValues run : runs) {
            Observation value = run.values().get(figure);
            if (value != null) {
                values.add(value);
            } else if (run.unknown().containsKey(figure)) {
                unknown++;
            }
        }
        return SampleSummary.of(values, unknown);
    }

    private static Optional<ValueUnknown> unknownReason(Figure figure, List<RunValues> runs) {
        return runs.stream().map(run -> run.unknown().get(figure)).filter(reason -> reason != null).findFirst();
    }

    private static Set<Figure> inBlackout(List<RunFigures> baseline, List<RunFigures> candidate) {
        Set<Figure> in = new HashSet<>();
        in.add(new BlackoutFigure());
        for (List<RunFigures> side : List.of(baseline, candidate)) {
            for (RunFigures run : side) {
                for (PhaseTime phase : run.phases()) {
                    if (phase.inBlackout()) {
                        in.add(new PhaseFigure(phase.key()));
                    }
                }
                RunValues.of(run).values().keySet().stream().filter(f -> f instanceof DeviceFigure).forEach(in::add);
                // A load that ended after the guest started on the destination (postcopy's RAM) is outside the blackout.
                run.devices().stream().filter(DeviceTimes::loadAfterGuestStarted)
                        .forEach(device -> in.remove(new DeviceFigure(device.key(), DeviceOperation.LOAD)));
            }
        }
        return in;
    }

    private static SetDescription describe(String label, List<RunFigures> runs) {
        Map<AlignmentQuality, Integer> clock = new EnumMap<>(AlignmentQuality.class);
        runs.forEach(run -> clock.merge(run.clock(), 1, Integer::sum));
        List<RunRef> refs = runs.stream().map(RunFigures::ref).toList();
        Map<MigrationResult, Integer> outcomes = new EnumMap<>(MigrationResult.class);
        runs.forEach(run -> outcomes.merge(run.outcome().result(), 1, Integer::sum));
        return new SetDescription(label, refs, (int) runs.stream().filter(RunFigures::completed).count(), clock, outcomes);
    }

    private static List<ComparisonNote> notes(List<FigureComparison> compared, SetDescription baseline,
                                              SetDescription candidate, List<RunValues> a, List<RunValues> b) {
        List<ComparisonNote> notes = new ArrayList<>();
        FigureComparison blackout = compared.stream().filter(c -> c.figure() instanceof BlackoutFigure).findFirst()
                .orElseThrow();
        int lowerA = blackout.baseline().lowerBounds();
        int lowerB = blackout.candidate().lowerBounds();
        if (lowerA + lowerB > 0) {
            notes.add(new ComparisonNote.LowerBounds(lowerA, blackout.baseline().count(), lowerB,
                    blackout.candidate().count()));
        }
        if (!sameShares(baseline.clock(), candidate.clock())) {
            notes.add(new ComparisonNote.ClockAlignmentDiffers(baseline.clock(), candidate.clock()));
        }
        unknownBlackouts(Side.BASELINE, a).ifPresent(notes::add);
        unknownBlackouts(Side.CANDIDATE, b).ifPresent(notes::add);
        return notes;
    }

    private static Optional<ComparisonNote> unknownBlackouts(Side side, List<RunValues> runs) {
        Map<ValueUnknown, Long> byReason = runs.stream().map(run -> run.unknown().get(new BlackoutFigure()))
                .filter(reason -> reason != null)
                .collect(Collectors.groupingBy(reason -> reason, LinkedHashMap::new, Collectors.counting()));
        if (byReason.isEmpty()) {
            return Optional.empty();
        }
        int count = byReason.values().stream().mapToInt(Long::intValue).sum();
        return Optional.of(new ComparisonNote.BlackoutUnknown(side, count, byReason));
    }

    private static boolean sameShares(Map<AlignmentQuality, Integer> a, Map<AlignmentQuality, Integer> b) {
        return a.keySet().equals(b.keySet()) && (a.size() <= 1 || a.keySet().stream().allMatch(q ->
                Math.abs(share(a, q) - share(b, q)) < 0.25));
    }

    private static double share(Map<AlignmentQuality, Integer> counts, AlignmentQuality quality) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? 0 : counts.getOrDefault(quality, 0) / (double) total;
    }
}
