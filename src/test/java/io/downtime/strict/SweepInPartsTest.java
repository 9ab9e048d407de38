package io.downtime.strict;

import io.downtime.clock.AlignmentOptions;
import io.downtime.runset.SweepCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fleet job counts the sweep per partition and adds the parts up ({@link SweepCell#plus}, {@link Sweep#of}):
 * the sample run set counted in two parts, added up, must be the sweep of the whole, cell for cell and
 * recommendation for recommendation.
 */
class SweepInPartsTest {
    private static final SweepGrid GRID = new SweepGrid(new LimitRange(0, 500, 50), new LimitRange(0, 20, 10));

    @Test
    void twoPartsAddUpToTheWhole() {
        List<PreparedRun> runs = SweepCorpus.load(List.of("sample-traces"), AlignmentOptions.automatic(),
                Policies.all(), ReplayOptions.defaults(), diagnostic -> { }).runs();
        assertTrue(runs.size() >= 14, "sample migrations: " + runs.size());
        SweepResult whole = Sweep.run(runs, GRID, Policies.all(), 0.01);
        // Every other run to each part, so that both hold replayable and unreplayable runs.
        List<PreparedRun> odd = new ArrayList<>();
        List<PreparedRun> even = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            (i % 2 == 0 ? even : odd).add(runs.get(i));
        }
        SweepResult first = Sweep.run(even, GRID, Policies.all(), 0.01);
        SweepResult second = Sweep.run(odd, GRID, Policies.all(), 0.01);
        Map<String, List<SweepCell>> summed = new LinkedHashMap<>();
        for (int p = 0; p < whole.policies().size(); p++) {
            List<SweepCell> cells = new ArrayList<>();
            for (int c = 0; c < GRID.cells().size(); c++) {
                cells.add(first.policies().get(p).cells().get(c).plus(second.policies().get(p).cells().get(c)));
            }
            summed.put(whole.policies().get(p).policy(), cells);
        }
        SweepResult added = Sweep.of(GRID, first.runs() + second.runs(), whole.unreplayable(), 0.01, summed);
        // Cells counted elsewhere carry no prediction shortfalls (they are not among the cells): all else is equal.
        assertEquals(Optional.empty(), added.shortfalls());
        assertEquals(whole, added.withShortfalls(whole.shortfalls().orElseThrow()));
        // Not trivially equal: the whole grid holds firings and misses.
        assertTrue(whole.policies().stream().flatMap(p -> p.cells().stream()).anyMatch(cell -> cell.fired() > 0));
        assertTrue(whole.policies().stream().flatMap(p -> p.cells().stream()).anyMatch(cell -> cell.missed() > 0));
    }

    @Test
    void cellsOfDifferentLimitsDoNotAdd() {
        SweepCell a = new SweepCell(new Limits(100, 0), 100, 1, 1, 0, 0, 0, 0, 0);
        SweepCell b = new SweepCell(new Limits(100, 10), 110, 1, 0, 0, 0, 0, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> a.plus(b));
        assertEquals(new SweepCell(new Limits(100, 0), 100, 2, 2, 0, 0, 0, 0, 0), a.plus(a));
    }
}
