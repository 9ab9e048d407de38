package io.downtime.strict;

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
 */
public record PreparedRun(String name, Map<String, PreparedReplay> prepared, Optional<String> unreplayable) {
    public PreparedRun {
        prepared = Map.copyOf(prepared);
    }

    /** Reads the switchover and prepares every policy on it. */
    public static PreparedRun of(String name, Switchover run, List<Policy> policies, ReplayOptions options) {
        Map<String, PreparedReplay> prepared = new HashMap<>();
        for (Policy policy : policies) {
            prepared.put(policy.name(), policy.prepare(run, options));
        }
        return new PreparedRun(name, prepared, run.unreplayable());
    }

    public boolean replayable() {
        return unreplayable.isEmpty();
    }
}
