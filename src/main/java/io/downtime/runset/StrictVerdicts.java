package io.downtime.runset;

import io.downtime.strict.Limits;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.Policy;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.StrictReplay;

import java.util.ArrayList;
import java.util.List;

/**
 * The strict-mode verdicts of every migration of a run set at one setting of the limits, as
 * {@code analyzer replay} gives them (same engine, same figures).
 *
 * @param replays one per migration, in the order of {@link RunSet#runs()}
 */
public record StrictVerdicts(Limits limits, List<Policy> policies, List<MigrationReplay> replays) {
    public StrictVerdicts {
        policies = List.copyOf(policies);
        replays = List.copyOf(replays);
    }

    public static StrictVerdicts of(RunSet set, List<Policy> policies, Limits limits, ReplayOptions options) {
        List<MigrationReplay> replays = new ArrayList<>();
        for (SetMigration run : set.runs()) {
            replays.add(StrictReplay.replay(run.analysis().migration(), policies, limits, options));
        }
        return new StrictVerdicts(limits, policies, replays);
    }

    /** The replay of the {@code index}-th migration of the set. */
    public MigrationReplay of(int index) {
        return replays.get(index);
    }
}
