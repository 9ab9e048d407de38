package io.downtime.strict;

import io.downtime.clock.Estimate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One migration of a sweep's corpus, reduced to what each policy needs of it.
 *
 * @param name         the case and the migration ({@code corpus/00042 migration 1})
 * @param prepared     by policy name
 * @param unreplayable why the policies could not replay it
 * @param predictionError the run's prediction error, blackout − QEMU's expected downtime (docs/why.md), when
 *                     both are known: what {@code sweep} counts against the switchover-limits
 */
public record PreparedRun(String name, Map<String, PreparedReplay> prepared, Optional<Unreplayable> unreplayable,
                          Optional<Estimate> predictionError) {
    public PreparedRun {
        prepared = Map.copyOf(prepared);
    }

    /** Reads the switchover and prepares every policy on it. */
    public static PreparedRun of(String name, Switchover run, List<Policy> policies, ReplayOptions options) {
        return of(name, run, policies, options, Optional.empty());
    }

    /** As {@link #of(String, Switchover, List, ReplayOptions)}, keeping the run's prediction error. */
    public static PreparedRun of(String name, Switchover run, List<Policy> policies, ReplayOptions options,
                                 Optional<Estimate> predictionError) {
        Map<String, PreparedReplay> prepared = new HashMap<>();
        for (Policy policy : policies) {
            prepared.put(policy.name(), policy.prepare(run, options));
        }
        return new PreparedRun(name, prepared, run.unreplayable(), predictionError);
    }

    public boolean replayable() {
        return unreplayable.isEmpty();
    }
}
