package io.downtime.compare;

import io.downtime.clock.AlignmentQuality;
import io.downtime.outcome.MigrationResult;
import io.downtime.runset.RunRef;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One side of a comparison.
 *
 * @param label     the set's label
 * @param runs      its migrations
 * @param completed how many of them completed on both hosts
 * @param clock     how many had each clock-alignment quality
 * @param outcomes  how many ended each way (completed, failed, cancelled, ...): only results that occur
 */
public record SetDescription(String label, List<RunRef> runs, int completed, Map<AlignmentQuality, Integer> clock,
                             Map<MigrationResult, Integer> outcomes) {
    public SetDescription {
        runs = List.copyOf(runs);
        EnumMap<AlignmentQuality, Integer> copy = new EnumMap<>(AlignmentQuality.class);
        copy.putAll(clock);
        clock = Collections.unmodifiableMap(copy);
        EnumMap<MigrationResult, Integer> results = new EnumMap<>(MigrationResult.class);
        results.putAll(outcomes);
        outcomes = Collections.unmodifiableMap(results);
    }
}
