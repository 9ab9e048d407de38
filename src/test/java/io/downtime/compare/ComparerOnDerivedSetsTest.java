package io.downtime.compare;

import io.downtime.model.DeviceOperation;
import io.downtime.testing.DerivedRunSets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison on run sets made in code from real samples: each run's device times multiplied by
 * seeded log-normal noise (σ = 0.1), and in the candidate one device 30% slower.
 */
class ComparerOnDerivedSetsTest {
    private static final String VIRTIO_NET = "0000:00:01.0/virtio-net";
    private static final int RUNS = 10;

    /**
     * The injected slowdown is reported in every seed, and nothing else is, except the figures that
     * contain the slower device's time and therefore really grew: the phase the source saves
     * non-iterable devices in, QEMU's figure and the blackout (always as regressions).
     */
    @Test
    void injectedSlowdownIsFoundAndNothingElse() {
        DerivedRunSets.Recipe a = DerivedRunSets.Recipe.noise("precopy-q35-small", 0.1);
        DerivedRunSets.Recipe b = a.slower(VIRTIO_NET, DeviceOperation.SAVE, 1.3);
        Set<String> containing = Set.of("src-iterable-saved -> src-non-iterable-saved", "QEMU's downtime figure",
                "blackout (guest stopped)");
        for (long seed = 1; seed <= 8; seed++) {
            Comparison comparison = DerivedComparisons.compare(a, b, RUNS, seed, Thresholds.defaults(),
                    ComparisonMethod.withoutInterval());
            List<FigureComparison> changed = comparison.figures().stream().filter(f -> f.verdict().changed()).toList();
            assertTrue(changed.stream().anyMatch(f -> f.figure().label().equals(VIRTIO_NET + " save")
                    && f.verdict() == Verdict.REGRESSION), "seed " + seed + ": " + changed);
            for (FigureComparison figure : changed) {
                if (!figure.figure().label().equals(VIRTIO_NET + " save")) {
                    assertTrue(containing.contains(figure.figure().label()) && figure.verdict() == Verdict.REGRESSION,
                            "seed " + seed + ": " + figure.figure().label() + " " + figure.reason());
                }
            }
        }
    }

    /** The same on the stalled destination: a destination load 30% slower under a 405 ms blackout. */
    @Test
    void slowerLoadUnderALongBlackout() {
        DerivedRunSets.Recipe a = DerivedRunSets.Recipe.noise("dst-stalled-400ms", 0.1);
        DerivedRunSets.Recipe b = a.slower("0000:00:1f.0/ICH9LPC", DeviceOperation.LOAD, 1.3);
        Comparison comparison = DerivedComparisons.compare(a, b, RUNS, 3, Thresholds.defaults(),
                ComparisonMethod.defaults());
        List<FigureComparison> changed = comparison.figures().stream().filter(f -> f.verdict().changed()).toList();
        assertEquals(1, changed.size(), changed.toString());
        FigureComparison load = changed.get(0);
        assertEquals("0000:00:1f.0/ICH9LPC load", load.figure().label());
        assertEquals(Verdict.REGRESSION, load.verdict());
        // 30% of dst.log's 514 µs is 154 µs: the interval of the median difference holds it
        assertTrue(load.change().get().interval().get().contains(154), load.change().toString());
        // +154 µs under 405 ms is 0.04%: far below the 10% floor of the blackout
        assertEquals(Verdict.NO_CHANGE, comparison.figures().get(0).verdict());
    }

    @Test
    void devicesOnOneSideOnlyAreListedAsSuch() {
        DerivedRunSets.Recipe a = DerivedRunSets.Recipe.noise("precopy-q35-small", 0.1);
        DerivedRunSets.Recipe b = a.without("vmmouse").renamed("port92", "0000:00:05.0/vfio");
        Comparison comparison = DerivedComparisons.compare(a, b, 5, 1, Thresholds.defaults(),
                ComparisonMethod.withoutInterval());
        assertEquals(Set.of("vmmouse save", "vmmouse load", "port92 save", "port92 load"),
                Set.copyOf(comparison.with(Verdict.ONLY_BASELINE).stream().map(f -> f.figure().label()).toList()));
        assertEquals(Set.of("0000:00:05.0/vfio save", "0000:00:05.0/vfio load"),
                Set.copyOf(comparison.with(Verdict.ONLY_CANDIDATE).stream().map(f -> f.figure().label()).toList()));
        FigureComparison vfio = comparison.with(Verdict.ONLY_CANDIDATE).get(0);
        assertEquals(new VerdictReason.OnlyIn(Side.CANDIDATE, 5), vfio.reason());
    }

    /** Three runs a side: the smallest p is 2 / C(6,3) = 0.1, so nothing can be significant at 0.01. */
    @Test
    void threeRunsASideAreTooFew() {
        DerivedRunSets.Recipe a = DerivedRunSets.Recipe.noise("precopy-q35-small", 0.1);
        Comparison comparison = DerivedComparisons.compare(a, a.slower(VIRTIO_NET, DeviceOperation.SAVE, 2), 3, 1,
                Thresholds.defaults(), ComparisonMethod.withoutInterval());
        FigureComparison net = comparison.figures().stream()
                .filter(f -> f.figure().label().equals(VIRTIO_NET + " save")).findFirst().orElseThrow();
        assertEquals(Verdict.TOO_FEW_RUNS, net.verdict());
        assertEquals(new VerdictReason.TooFewRuns(3, 3, 0.01, 0.1), net.reason());
        assertTrue(comparison.figures().stream().noneMatch(f -> f.verdict().changed()));
    }

    /**
     * The blackout first, QEMU's figure second, then by impact; the blackout's values are lower
     * bounds (precopy-q35-small's clocks are aligned one-sided) and a note says so.
     */
    @Test
    void orderAndLowerBoundNote() {
        DerivedRunSets.Recipe a = DerivedRunSets.Recipe.noise("precopy-q35-small", 0.1);
        Comparison comparison = DerivedComparisons.compare(a, a.slower(VIRTIO_NET, DeviceOperation.SAVE, 1.5), 6, 2,
                Thresholds.defaults(), ComparisonMethod.withoutInterval());
        assertInstanceOf(BlackoutFigure.class, comparison.figures().get(0).figure());
        assertInstanceOf(QemuDowntimeFigure.class, comparison.figures().get(1).figure());
        List<FigureComparison> rest = comparison.figures().subList(2, comparison.figures().size());
        for (int i = 1; i < rest.size(); i++) {
            FigureComparison before = rest.get(i - 1);
            FigureComparison after = rest.get(i);
            assertTrue(before.inBlackout() && !after.inBlackout() || before.inBlackout() == after.inBlackout()
                    && before.impact() >= after.impact(), before + " before " + after);
        }
        assertEquals(6, comparison.figures().get(0).baseline().lowerBounds());
        assertEquals(new ComparisonNote.LowerBounds(6, 6, 6, 6), comparison.notes().get(0));
    }

    /**
     * Noise only: no figure reported as changed in any of these seeds. FalsePositiveRate.main measures
     * the rate over more seeds and noise levels (docs/compare.md).
     */
    @Test
    void noiseAloneIsNotReported() {
        assertEquals(0, FalsePositiveRate.measure("precopy-q35-small", 0.1, RUNS, 30, Thresholds.defaults()));
    }
}
