package io.downtime.runset;

import io.downtime.clock.AlignmentQuality;
import io.downtime.outcome.MigrationResult;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The counts {@code analyzer runs} opens with and lists by label, on the real samples. */
class RunSetCountsTest {
    /**
     * Every sample (the derivation is RunsCommandTest's, from the samples' lines): 21 migrations, each a
     * pair; 15 completed on both hosts (the 11 of shared/qemu-traces and qemu-traces-strict, the three
     * full-trace cases, the retry's second attempt); 14 with a blackout (the same less
     * precopy-no-timestamps); clocks 8 two-sided, 12 one-sided, 1 none; results: 15 completed, 2 failed
     * (both dst-killed cases), 2 cancelled (cancelled-in-precopy, the retry's first attempt), 2 aborted by
     * strict mode (strict-source-fires-first-5-1, strict-destination-fires-50-10). One label: the same
     * counts.
     */
    @Test
    void everySample() {
        RunSet set = RunSetLoader.load(List.of(SampleTraces.root().toString()), RunSetOptions.defaults(), d -> { });
        RunSetCounts counts = RunSetCounts.of(set);
        RunSetCounts.Count total = counts.total();
        assertEquals(List.of(21, 21, 15, 14), List.of(total.migrations(), total.paired(), total.completed(),
                total.blackoutKnown()));
        assertEquals(List.of(8, 12, 1), List.of(total.clock(AlignmentQuality.TWO_SIDED),
                total.clock(AlignmentQuality.ONE_SIDED), total.clock(AlignmentQuality.NONE)));
        assertEquals(List.of(AlignmentQuality.TWO_SIDED, AlignmentQuality.ONE_SIDED, AlignmentQuality.NONE),
                counts.clocksSeen());
        assertEquals(List.of(15, 2, 2, 2), List.of(total.result(MigrationResult.COMPLETED),
                total.result(MigrationResult.FAILED), total.result(MigrationResult.CANCELLED),
                total.result(MigrationResult.ABORTED_BY_STRICT_MODE)));
        assertEquals(1, counts.labels().size());
        RunSetCounts.Count label = counts.labels().get(0);
        assertEquals(List.of("sample-traces", 21, 15), List.of(label.label(), label.migrations(), label.completed()));
    }

    /**
     * Three paths, three labels, in the order given (not sorted: cancelled-in-precopy would come first):
     * dst-stalled-400ms completed, a blackout of at least 405.351 ms, one-sided (no return path);
     * cancelled-in-precopy cancelled (src.log's migrate_set_state ... cancelled), no blackout, one-sided;
     * precopy-return-path completed, 105.399 to 108.029 ms, two-sided. Results seen: completed and
     * cancelled only.
     */
    @Test
    void labelsInTheOrderTheyFirstOccur() {
        RunSet set = RunSetLoader.load(List.of(SampleTraces.path("dst-stalled-400ms").toString(),
                SampleTraces.path("cancelled-in-precopy").toString(), SampleTraces.path("precopy-return-path").toString()),
                RunSetOptions.defaults(), d -> { });
        RunSetCounts counts = RunSetCounts.of(set);
        assertEquals(List.of("dst-stalled-400ms", "cancelled-in-precopy", "precopy-return-path"),
                counts.labels().stream().map(RunSetCounts.Count::label).toList());
        RunSetCounts.Count stalled = counts.labels().get(0);
        RunSetCounts.Count cancelled = counts.labels().get(1);
        RunSetCounts.Count returnPath = counts.labels().get(2);
        assertEquals(List.of(1, 1, 1, 1, 1), List.of(stalled.migrations(), stalled.paired(), stalled.completed(),
                stalled.blackoutKnown(), stalled.clock(AlignmentQuality.ONE_SIDED)));
        assertEquals(List.of(0, 0, 1, 1), List.of(cancelled.completed(), cancelled.blackoutKnown(),
                cancelled.result(MigrationResult.CANCELLED), cancelled.clock(AlignmentQuality.ONE_SIDED)));
        assertEquals(List.of(1, 0), List.of(returnPath.clock(AlignmentQuality.TWO_SIDED),
                returnPath.clock(AlignmentQuality.ONE_SIDED)));
        assertEquals(List.of(MigrationResult.COMPLETED, MigrationResult.CANCELLED), counts.resultsSeen());
        assertEquals(List.of(AlignmentQuality.TWO_SIDED, AlignmentQuality.ONE_SIDED), counts.clocksSeen());
        assertEquals(3, counts.total().migrations());
        assertEquals(2, counts.total().result(MigrationResult.COMPLETED));
    }
}
