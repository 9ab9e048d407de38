package io.downtime.report.words;

import io.downtime.clock.AlignmentOptions;
import io.downtime.runset.SweepCorpus;
import io.downtime.strict.LimitRange;
import io.downtime.strict.Policies;
import io.downtime.strict.PreparedRun;
import io.downtime.strict.Recommendation;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.Sweep;
import io.downtime.strict.SweepGrid;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The recommendation's words on one real run, strict-missed-62ms-blackout-8-2, under the {@code total} policy
 * (it fires exactly when the blackout exceeds downtime-limit). Its blackout, on the source's clock:
 * <pre>
 * src.log:3   920.950110 src-downtime-start
 * dst.log:40  921.012466 dst-precopy-bh-vm-started (dst clock): 62.356 ms after the start, less the offset
 *             dst - src, between -212 µs and +1.094 ms (two-sided): 61.262 to 62.568 ms
 * </pre>
 * so at downtime-limit 8 ms it fires for every offset and rightly; at 100 ms it stays silent, rightly; at 62 ms it
 * fires only for some offsets (the blackout may or may not pass 62 ms): a "may fire", never a miss.
 */
class SweepWordsTest {

    private static List<PreparedRun> runs() {
        return SweepCorpus.load(List.of(SampleMigrations.path("strict-missed-62ms-blackout-8-2")),
                AlignmentOptions.automatic(), List.of(Policies.TOTAL), ReplayOptions.defaults(), diagnostic -> { }).runs();
    }

    private static Recommendation recommend(LimitRange downtimeLimits, double target) {
        return Sweep.run(runs(), new SweepGrid(downtimeLimits, LimitRange.single(0)), List.of(Policies.TOTAL), target)
                .policies().get(0).recommendation();
    }

    /** 8 ms fires on the one run (100%), 100 ms does not: at a 0% target the smallest that qualifies is 100 ms. */
    @Test
    void theSmallestLimitsThatQualify() {
        Recommendation recommendation = recommend(new LimitRange(8, 100, 92), 0);
        assertEquals(100, recommendation.cell().orElseThrow().limits().downtimeLimitMs());
        assertEquals("the smallest limits that keep aborts at or under 0% without a missed violation are downtime-limit"
                + " 100 ms + switchover-limit 0 ms = abort limit 100 ms (promises 100 ms): of 1 runs 0 fire (0%) and none"
                + " misses a violation, whatever the counter phases and clock offsets",
                SweepWords.recommendation(recommendation));
    }

    /** At 62 ms no run fires for certain, one may: it qualifies at 0%, the one that may fire said apart. */
    @Test
    void whatTheReplayCannotPinDownIsSaidApart() {
        Recommendation recommendation = recommend(LimitRange.single(62), 0);
        assertEquals("the smallest limits that keep aborts at or under 0% without a missed violation are downtime-limit"
                + " 62 ms + switchover-limit 0 ms = abort limit 62 ms (promises 62 ms): of 1 runs 0 fire (0%) and none"
                + " misses a violation; not counted: 1 may fire (at most 100% in all) and 0 may miss a violation,"
                + " depending on what the replay cannot pin down (counter phases, clock offset)",
                SweepWords.recommendation(recommendation));
    }

    /** Only 8 ms in the grid: it aborts the one run (100% > 1%) and misses nothing; no cell is under 1%. */
    @Test
    void noLimitsQualify() {
        Recommendation recommendation = recommend(LimitRange.single(8), 0.01);
        Recommendation.NoneQualifies none = (Recommendation.NoneQualifies) recommendation;
        assertEquals(8, none.fewestAborts().orElseThrow().limits().downtimeLimitMs());
        assertEquals(true, none.fewestMissed().isEmpty());
        assertEquals("no limits in the grid keep aborts at or under 1% without a missed violation; without a missed"
                + " violation the fewest aborts are 100%, at downtime-limit 8 ms + switchover-limit 0 ms = abort limit"
                + " 8 ms", SweepWords.recommendation(recommendation));
    }

    @Test
    void nothingReplayed() {
        assertEquals("no run could be replayed: nothing to recommend",
                SweepWords.recommendation(new Recommendation.NothingReplayed()));
    }
}
