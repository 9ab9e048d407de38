package io.downtime.runset;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.trace.LineAccounting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One migration of a run set, as read from its logs (a {@code Run} is one QEMU run in one log; a migration
 * pairs a source run with a destination run).
 *
 * @param analysis   what {@code analyzer report} says about it
 * @param figures    the figures taken from that analysis
 * @param accounting where every line of the inputs its runs came from went, by input name
 */
public record SetMigration(RunRef ref, MigrationAnalysis analysis, RunFigures figures,
                           Map<String, LineAccounting> accounting) {
    public SetMigration {
        accounting = Collections.unmodifiableMap(new LinkedHashMap<>(accounting));
    }

    /** Lines of its inputs that looked like trace lines but could not be parsed. */
    public long rejectedLines() {
        return accounting.values().stream().mapToLong(LineAccounting::rejected).sum();
    }
}
