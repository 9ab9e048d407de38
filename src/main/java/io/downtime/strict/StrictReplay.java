package io.downtime.strict;

import io.downtime.clock.AlignedMigration;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry point: would strict mode under a policy have fired on this recorded migration, where, and
 * what would it have missed. Pure functions, no I/O; {@code analyzer replay}, the sweep and gate rules
 * all come through here.
 */
public final class StrictReplay {
    private StrictReplay() {
    }

    /** One policy at one setting of the limits, with the round trip estimated per run. */
    public static PolicyVerdict replay(AlignedMigration migration, Policy policy, Limits limits) {
        return replay(migration, policy, limits, ReplayOptions.defaults());
    }

    public static PolicyVerdict replay(AlignedMigration migration, Policy policy, Limits limits, ReplayOptions options) {
        return policy.replay(Switchover.of(migration), limits, options);
    }

    /** Several policies on one migration, sharing the work of reading it. */
    public static MigrationReplay replay(AlignedMigration migration, List<Policy> policies, Limits limits,
                                         ReplayOptions options) {
        Switchover switchover = Switchover.of(migration);
        List<PolicyVerdict> verdicts = new ArrayList<>();
        for (Policy policy : policies) {
            verdicts.add(policy.replay(switchover, limits, options));
        }
        return new MigrationReplay(switchover, limits, verdicts);
    }
}
