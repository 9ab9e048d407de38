package io.downtime.strict;

import io.downtime.why.PredictionShortfall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Replays a corpus of prepared runs for every cell of a grid of limits, and recommends limits. Pure:
 * the runs were read and prepared before ({@link SweepCorpus}); each cell costs a few arithmetic
 * operations per run and policy.
 */
public final class Sweep {
    private Sweep() {
    }

    public static SweepResult run(List<PreparedRun> runs, SweepGrid grid, List<Policy> policies, double targetAbortRate) {
        List<PreparedRun> replayable = runs.stream().filter(PreparedRun::replayable).toList();
        List<NotReplayed> unreplayable = runs.stream().filter(run -> !run.replayable())
                .map(run -> new NotReplayed(run.name(), run.unreplayable().get())).toList();
        List<Limits> limits = grid.cells();
        Map<String, List<SweepCell>> cells = new LinkedHashMap<>();
        for (Policy policy : policies) {
            List<PreparedReplay> prepared = replayable.stream().map(run -> run.prepared().get(policy.name())).toList();
            cells.put(policy.name(), IntStream.range(0, limits.size()).parallel()
                    .mapToObj(i -> cell(policy, prepared, limits.get(i))).toList());
        }
        List<PredictionShortfall> shortfalls = PredictionShortfall.count(
                runs.stream().map(PreparedRun::predictionError).toList(), grid.switchoverLimits().values());
        return of(grid, replayable.size(), unreplayable, targetAbortRate, cells).withShortfalls(shortfalls);
    }

    /**
     * A sweep whose cells were counted elsewhere (the fleet job counts them per partition and adds them up
     * with {@link SweepCell#plus}): each policy's cells in the grid's order, and its recommendation. It
     * counts no prediction shortfalls (they are not among the cells).
     *
     * @param cells by policy name, in the order the policies were asked
     */
    public static SweepResult of(SweepGrid grid, int runs, List<NotReplayed> unreplayable, double targetAbortRate,
                                 Map<String, List<SweepCell>> cells) {
        List<PolicySweep> sweeps = new ArrayList<>();
        cells.forEach((policy, policyCells) ->
                sweeps.add(new PolicySweep(policy, policyCells, recommend(policyCells, targetAbortRate))));
        return new SweepResult(grid, runs, unreplayable, targetAbortRate, sweeps, Optional.empty());
    }

    private static SweepCell cell(Policy policy, List<PreparedReplay> prepared, Limits limits) {
        SweepCell.Tally tally = new SweepCell.Tally();
        for (PreparedReplay run : prepared) {
            tally.add(run.outcome(limits));
        }
        return tally.cell(limits, policy.promisedLimitMs(limits));
    }

    /** Smallest first: the promised limit, then the downtime limit, then the switchover limit. */
    private static final Comparator<SweepCell> SMALLEST = Comparator.comparingLong(SweepCell::promisedLimitMs)
            .thenComparingLong(cell -> cell.limits().downtimeLimitMs())
            .thenComparingLong(cell -> cell.limits().switchoverLimitMs());

    /**
     * The smallest limits whose certain aborts stay at or under the target and that certainly miss no
     * violation. Runs the replay cannot decide (counter phases, a blackout known only from below) are
     * not counted against a cell: the statement gives, for the chosen cell, how many of them may still
     * abort or miss.
     */
    static Recommendation recommend(List<SweepCell> cells, double target) {
        List<SweepCell> filled = cells.stream().filter(cell -> cell.runs() > 0).toList();
        if (filled.isEmpty()) {
            return new Recommendation.NothingReplayed();
        }
        Optional<SweepCell> best = filled.stream()
                .filter(cell -> cell.leastAbortRate() <= target && cell.missed() == 0)
                .min(SMALLEST);
        if (best.isPresent()) {
            return new Recommendation.Smallest(best.get(), target);
        }
        Optional<SweepCell> fewestAborts = filled.stream().filter(cell -> cell.missed() == 0)
                .min(Comparator.comparingDouble(SweepCell::leastAbortRate).thenComparing(SMALLEST));
        Optional<SweepCell> fewestMissed = filled.stream().filter(cell -> cell.leastAbortRate() <= target)
                .min(Comparator.comparingInt(SweepCell::missed).thenComparing(SMALLEST));
        return new Recommendation.NoneQualifies(target, fewestAborts, fewestMissed);
    }
}
