package io.downtime.report.runs;

import io.downtime.report.FieldLines;
import io.downtime.report.migration.OutcomeWords;

import io.downtime.clock.AlignmentQuality;
import io.downtime.outcome.MigrationResult;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetCounts;
import io.downtime.runset.SetMigration;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer {@code analyzer runs} opens with (docs/compare.md, The answer first): how many migrations in how many
 * cases, how they ended, the range of the known blackouts, the clock alignments, how many are complete pairs; at
 * most five lines before any table. The counts come from the same table as the listing's counts by label.
 */
final class RunSetAnswer {
    private RunSetAnswer() {
    }

    static List<String> lines(RunSet set, RunSetCounts counted) {
        List<String> lines = new ArrayList<>();
        int migrations = set.runs().size();
        lines.add("Run set: " + migrations + " migration" + (migrations == 1 ? "" : "s") + " in " + set.cases().size()
                + " case" + (set.cases().size() == 1 ? "" : "s"));
        if (migrations == 0) {
            return lines;
        }
        RunSetCounts.Count counts = counted.total();
        FieldLines fields = new FieldLines();
        List<String> outcomes = new ArrayList<>();
        for (MigrationResult result : counted.resultsSeen()) {
            outcomes.add(counts.result(result) + " " + OutcomeWords.result(result));
        }
        fields.add("outcomes", String.join(", ", outcomes));
        fields.add("blackout", set.blackoutRange().map(range -> "known for " + range.known() + " of " + migrations
                + (range.known() == 1 ? ": " + described(range.shortest())
                : ": from " + described(range.shortest()) + " to " + described(range.longest())))
                .orElse("unknown for every migration"));
        List<String> clocks = new ArrayList<>();
        for (AlignmentQuality quality : counted.clocksSeen()) {
            clocks.add(counts.clock(quality) + " " + quality.label());
        }
        fields.add("clock", String.join(", ", clocks));
        fields.add("paired", counts.paired() + " of " + migrations + " with both hosts' runs");
        lines.addAll(fields.lines("  "));
        return lines;
    }

    /** {@code ≥405.351 ms (sample-traces/dst-stalled-400ms)}: a blackout as the listing prints it, and whose it is. */
    private static String described(SetMigration run) {
        return RunColumns.blackout(run) + " (" + run.ref().name() + ")";
    }
}
