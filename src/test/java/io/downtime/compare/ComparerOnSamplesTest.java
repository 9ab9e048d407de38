package io.downtime.compare;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.clock.AlignmentQuality;
import io.downtime.run.RunStatus;
import io.downtime.runset.RunFigures;
import io.downtime.testing.SampleRunSets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the comparison says about unknown blackouts and mixed clock alignments, on the real samples. */
class ComparerOnSamplesTest {

    private static List<RunFigures> samples(String... names) {
        return SampleRunSets.figures(names);
    }

    private static Comparison compare(List<RunFigures> a, List<RunFigures> b) {
        return RunSetComparer.compare("a", a, "b", b, Thresholds.defaults(), ComparisonMethod.withoutInterval());
    }

    /** dst-killed-at-switchover has no blackout: the guest never started on the destination. */
    @Test
    void failedMigrationsAreLeftOutAndSaidSo() {
        Comparison comparison = compare(samples("dst-killed-at-switchover", "precopy-q35-small"),
                samples("precopy-q35-small"));
        FigureComparison blackout = comparison.figures().get(0);
        assertEquals(1, blackout.baseline().count());
        assertEquals(1, blackout.baseline().unknown());
        // The analysis's reason, once, for the one run (its sentence: report/words/ComparisonWordsTest).
        ValueUnknown neverStarted = new ValueUnknown.NoBlackout(
                new BlackoutUnavailable.NeverStarted(RunStatus.INCOMPLETE, RunStatus.FAILED));
        assertTrue(comparison.notes().contains(new ComparisonNote.BlackoutUnknown(Side.BASELINE, 1,
                Map.of(neverStarted, 1L))), comparison.notes().toString());

        Comparison none = compare(samples("dst-killed-at-switchover"), samples("precopy-q35-small"));
        assertEquals(Verdict.UNKNOWN, none.figures().get(0).verdict());
        assertEquals(new VerdictReason.NoValue(Optional.of(Side.BASELINE), Optional.of(neverStarted)),
                none.figures().get(0).reason());
    }

    /**
     * precopy-return-path is aligned two-sided, precopy-q35-small one-sided: both enter with their
     * lower bounds (105399 µs: GateRulesTest; 7738 µs: the report), and a note warns of the mix.
     */
    @Test
    void mixedAlignmentIsNoted() {
        Comparison comparison = compare(samples("precopy-return-path"), samples("precopy-q35-small"));
        FigureComparison blackout = comparison.figures().get(0);
        assertEquals(105_399, blackout.baseline().values().get(0).micros());
        assertEquals(7_738, blackout.candidate().values().get(0).micros());
        assertTrue(blackout.baseline().values().get(0).lowerBound());
        assertTrue(comparison.notes().contains(new ComparisonNote.ClockAlignmentDiffers(
                Map.of(AlignmentQuality.TWO_SIDED, 1), Map.of(AlignmentQuality.ONE_SIDED, 1))), comparison.notes().toString());
        assertEquals(Verdict.TOO_FEW_RUNS, blackout.verdict());
        // One run a side: the smallest p is 2 / C(2,1) = 1, above 0.01.
        assertEquals(new VerdictReason.TooFewRuns(1, 1, 0.01, 1.0), blackout.reason());
    }

    /** QEMU's figure is exact: src-downtime-end - src-downtime-start, 4111 µs for dst-stalled-400ms. */
    @Test
    void qemusFigureIsExact() {
        Comparison comparison = compare(samples("dst-stalled-400ms"), samples("dst-stalled-400ms"));
        FigureComparison qemu = comparison.figures().get(1);
        assertEquals("QEMU's downtime figure", qemu.figure().label());
        assertEquals(4111, qemu.baseline().values().get(0).micros());
        assertEquals(0, qemu.baseline().lowerBounds());
        assertEquals(0.0, qemu.change().get().medianDelta());
        assertEquals(1.0, qemu.change().get().test().pValue());
    }
}
