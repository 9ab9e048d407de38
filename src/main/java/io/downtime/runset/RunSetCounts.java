package io.downtime.runset;

import io.downtime.clock.AlignmentQuality;
import io.downtime.outcome.MigrationResult;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many migrations of a run set are complete pairs, completed, have a known blackout, had each
 * clock-alignment quality and ended each way: for the whole set and per label, labels in the order
 * they first occur. {@code analyzer runs} opens with the totals and lists the labels' counts
 * (docs/compare.md, "analyzer runs"); both print these figures, so both take them from here.
 *
 * @param total  the whole set's counts (its label is empty)
 * @param labels each label's counts
 */
public record RunSetCounts(Count total, List<Count> labels) {
    public RunSetCounts {
        labels = List.copyOf(labels);
    }

    /** One label's counts (or the whole set's). */
    public record Count(String label, int migrations, int paired, int completed, int blackoutKnown,
                        Map<AlignmentQuality, Integer> clocks, Map<MigrationResult, Integer> results) {
        public Count {
            clocks = Map.copyOf(clocks);
            results = Map.copyOf(results);
        }

        public int clock(AlignmentQuality quality) {
            return clocks.getOrDefault(quality, 0);
        }

        public int result(MigrationResult result) {
            return results.getOrDefault(result, 0);
        }
    }

    public static RunSetCounts of(RunSet set) {
        Tally total = new Tally("");
        Map<String, Tally> labels = new LinkedHashMap<>();
        for (SetMigration run : set.runs()) {
            total.add(run);
            labels.computeIfAbsent(run.ref().label(), Tally::new).add(run);
        }
        return new RunSetCounts(total.count(), labels.values().stream().map(Tally::count).toList());
    }

    /** The qualities at least one migration had, in the enum's order (best first): the listing's columns. */
    public List<AlignmentQuality> clocksSeen() {
        return Arrays.stream(AlignmentQuality.values()).filter(q -> total.clock(q) > 0).toList();
    }

    /** The results at least one migration had, in the enum's order. */
    public List<MigrationResult> resultsSeen() {
        return Arrays.stream(MigrationResult.values()).filter(r -> total.result(r) > 0).toList();
    }

    private static final class Tally {
        private final String label;
        private int migrations;
        private int paired;
        private int completed;
        private int blackoutKnown;
        private final Map<AlignmentQuality, Integer> clocks = new EnumMap<>(AlignmentQuality.class);
        private final Map<MigrationResult, Integer> results = new EnumMap<>(MigrationResult.class);

        Tally(String label) {
            this.label = label;
        }

        void add(SetMigration run) {
            migrations++;
            paired += run.analysis().migration().pair().complete() ? 1 : 0;
            completed += run.figures().completed() ? 1 : 0;
            blackoutKnown += run.figures().blackout().isPresent() ? 1 : 0;
            clocks.merge(run.figures().clock(), 1, Integer::sum);
            results.merge(run.figures().outcome().result(), 1, Integer::sum);
        }

        Count count() {
            return new Count(label, migrations, paired, completed, blackoutKnown, clocks, results);
        }
    }
}
