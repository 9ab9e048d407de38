package io.downtime.strict;

import java.util.List;

/**
 * A whole sweep.
 *
 * @param runs           the migrations replayed
 * @param unreplayable   one sentence per migration that could not be replayed (not counted in the cells)
 * @param targetAbortRate the abort rate the recommendations keep under, as a fraction
 */
public record SweepResult(SweepGrid grid, int runs, List<String> unreplayable, double targetAbortRate,
                          List<PolicySweep> policies) {
    /** Said once in every sweep's output (docs/strict-mode.md, "What-if results"). */
    public static final String CAVEAT = "What-if results hold each run's recorded switchover fixed: under other limits"
            + " QEMU might have switched over at another moment, with another blackout.";

    public SweepResult {
        unreplayable = List.copyOf(unreplayable);
        policies = List.copyOf(policies);
    }
}
