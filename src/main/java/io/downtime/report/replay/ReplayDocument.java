package io.downtime.report.replay;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.run.FoundMigrations;
import io.downtime.strict.Limits;
import io.downtime.strict.MigrationReplay;
import io.downtime.trace.LineAccounting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code analyzer replay} prints.
 *
 * @param accounting where every line of every input went, by input name
 * @param found      the runs and migrations the logs hold
 * @param replays    the migrations replayed (all, or the one {@code --run} picked)
 * @param analyses   each replayed migration's analysis, in the order of {@code replays}: the HTML page and
 *                   the Perfetto trace draw the replay over the report's timeline
 * @param limits     the limits replayed
 * @param problems   inputs that could not be used, one sentence each
 */
public record ReplayDocument(Map<String, LineAccounting> accounting, FoundMigrations found,
                             List<MigrationReplay> replays, List<MigrationAnalysis> analyses, Limits limits,
                             List<String> problems) {
    public ReplayDocument {
        accounting = Collections.unmodifiableMap(new LinkedHashMap<>(accounting));
        replays = List.copyOf(replays);
        analyses = List.copyOf(analyses);
        if (analyses.size() != replays.size()) {
            throw new IllegalArgumentException(replays.size() + " replays, " + analyses.size() + " analyses");
        }
        problems = List.copyOf(problems);
    }
}
