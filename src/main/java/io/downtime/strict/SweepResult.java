package io.downtime.strict;

import io.downtime.why.PredictionShortfall;

import java.util.List;
import java.util.Optional;

/**
 * A whole sweep.
 *
 * @param runs           the migrations replayed
 * @param unreplayable   every migration that could not be replayed (not counted in the cells)
 * @param targetAbortRate the abort rate the recommendations keep under, as a fraction
 * @param shortfalls     per switchover-limit of the grid, how often QEMU's prediction fell short by more than it
 *                       (over every migration read, replayed or not); empty when they were not counted (a sweep
 *                       added up from cells counted elsewhere)
 */
public record SweepResult(SweepGrid grid, int runs, List<NotReplayed> unreplayable, double targetAbortRate,
                          List<PolicySweep> policies, Optional<List<PredictionShortfall>> shortfalls) {
    public SweepResult {
        unreplayable = List.copyOf(unreplayable);
        policies = List.copyOf(policies);
        shortfalls = shortfalls.map(List::copyOf);
    }

    /** This sweep with its prediction shortfalls counted. */
    public SweepResult withShortfalls(List<PredictionShortfall> counted) {
        return new SweepResult(grid, runs, unreplayable, targetAbortRate, policies, Optional.of(counted));
    }
}
