package io.downtime.report.words;

import io.downtime.compare.Comparison;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.ComparisonNote;
import io.downtime.compare.RunSetComparer;
import io.downtime.compare.Side;
import io.downtime.compare.Thresholds;
import io.downtime.compare.ValueUnknown;
import io.downtime.compare.VerdictReason;
import io.downtime.runset.RunFigures;
import io.downtime.testing.SampleRunSets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sentences of a comparison: on the real samples for the notes and the unknown values (what the
 * records hold is compare/ComparerOnSamplesTest's), and on records with values picked by hand for each
 * way a verdict is reached.
 */
class ComparisonWordsTest {

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
        List<String> notes = comparison.notes().stream().map(ComparisonWords::note).toList();
        assertTrue(notes.contains("blackout unknown in 1 run of the baseline, left out of its statistics:"
                + " 1 × the guest never started on the destination (no dst-*-vm-started; the destination incomplete,"
                + " the source failed)"), notes.toString());

        Comparison none = compare(samples("dst-killed-at-switchover"), samples("precopy-q35-small"));
        assertEquals("no value in any baseline run: the guest never started on the destination (no dst-*-vm-started;"
                + " the destination incomplete, the source failed)", ComparisonWords.reason(none.figures().get(0).reason()));
    }

    /**
     * precopy-return-path is aligned two-sided, precopy-q35-small one-sided: a note warns of the mix; one
     * run a side cannot reach p ≤ 0.01, the smallest p being 2 / C(2,1) = 1.
     */
    @Test
    void mixedAlignmentIsNoted() {
        Comparison comparison = compare(samples("precopy-return-path"), samples("precopy-q35-small"));
        List<String> notes = comparison.notes().stream().map(ComparisonWords::note).toList();
        assertTrue(notes.contains("the clock alignment differs between the sets (baseline: 1 two-sided;"
                + " candidate: 1 one-sided): bounds from different evidence are compared, so part of a change of the"
                + " blackout may come from the alignment, not the guest"), notes.toString());
        assertEquals("with 1 and 1 runs no difference can reach p ≤ 0.01 (the smallest possible p is 1)",
                ComparisonWords.reason(comparison.figures().get(0).reason()));
    }

    /** Six lower bounds a side (precopy-q35-small's one-sided alignment, ComparerOnDerivedSetsTest). */
    @Test
    void lowerBoundsAreSaid() {
        assertEquals("blackout: 6 of 6 baseline values and 6 of 6 candidate values are lower bounds (the clocks were"
                + " not aligned exactly); every run enters with its lower bound, so the figures read \"the guest was"
                + " stopped at least\"; phases across the hosts likewise",
                ComparisonWords.note(new ComparisonNote.LowerBounds(6, 6, 6, 6)));
    }

    /**
     * Each way to a verdict: 3 and 3 runs give at best p = 2 / C(6,3) = 0.1; a figure in 5 candidate runs
     * only; 12300 µs is 12.300 ms and 4.5% is written with one decimal; p to three significant digits.
     */
    @Test
    void eachVerdictsReason() {
        assertEquals("with 3 and 3 runs no difference can reach p ≤ 0.01 (the smallest possible p is 0.1)",
                ComparisonWords.reason(new VerdictReason.TooFewRuns(3, 3, 0.01, 0.1)));
        assertEquals("in 5 runs of the candidate, in no baseline run",
                ComparisonWords.reason(new VerdictReason.OnlyIn(Side.CANDIDATE, 5)));
        assertEquals("in 1 run of the baseline, in no candidate run",
                ComparisonWords.reason(new VerdictReason.OnlyIn(Side.BASELINE, 1)));
        assertEquals("not significant: p = 0.3 > 0.01", ComparisonWords.reason(new VerdictReason.NotSignificant(0.3, 0.01)));
        assertEquals("significant (p = 0.001), but +80 µs is less than the 100 µs floor",
                ComparisonWords.reason(new VerdictReason.BelowMicrosFloor(0.001, 80, 100)));
        assertEquals("significant (p = 0.001), but +2.5% is less than the 10% floor",
                ComparisonWords.reason(new VerdictReason.BelowPercentFloor(0.001, 2.5, 10)));
        assertEquals("significant (p = 0.001), but the medians are equal",
                ComparisonWords.reason(new VerdictReason.MediansEqual(0.001)));
        assertEquals("+12.300 ms (+4.5%), p = 0.0321",
                ComparisonWords.reason(new VerdictReason.Changed(12_300, OptionalDouble.of(4.5), 0.0321)));
        // A signed figure's median at or below 0 has no percentage.
        assertEquals("-226 µs, p = 0.001", ComparisonWords.reason(new VerdictReason.Changed(-226, OptionalDouble.empty(), 0.001)));
        assertEquals("no value in any run: unknown", ComparisonWords.reason(new VerdictReason.NoValue(Optional.empty(),
                Optional.empty())));
    }

    /** 108029 µs is 108.029 ms (precopy-return-path's blackout at most, GateRulesTest). */
    @Test
    void whyARunHasNoValue() {
        assertEquals("only an upper bound (at most 108.029 ms): the clock alignment bounds the offset from below only",
                ComparisonWords.unknown(new ValueUnknown.OnlyUpperBound(108_029)));
        assertEquals("unbounded: the clocks could not be aligned", ComparisonWords.unknown(new ValueUnknown.Unbounded()));
        assertEquals("no src-downtime-start and src-downtime-end with times",
                ComparisonWords.unknown(new ValueUnknown.NoQemuDowntimeCheckpoints()));
        assertEquals("unknown", ComparisonWords.unknown(new ValueUnknown.NoReason()));
    }
}
