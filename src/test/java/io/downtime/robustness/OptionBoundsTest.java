package io.downtime.robustness;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 11 and the {@code --top -1} of item 15 (docs/robustness.md, "Numbers on the
 * command line"): every limit, range, offset and count has a stated bound, checked as the option is
 * read; a value outside it is refused with the option's name and what is allowed, exit 2, before any
 * input is read, and nothing is printed on stdout. Inputs: sample-traces/dst-stalled-400ms.
 */
class OptionBoundsTest {
    private static final String SAMPLE = SampleTraces.path("dst-stalled-400ms").toString();

    /**
     * 2^63 − 1 for both limits printed "abort limit -2 ms ... fires ... fired rightly" (the sum
     * wrapped around); 9,300,000,000,000,000 ms fired at 1.082 ms. Each limit is at most QEMU's
     * 2,000,000 ms, so the sum cannot wrap.
     */
    @Test
    void replayLimitsBeyondWhatQemuTakesRefused() {
        assertRefused(List.of("replay", SAMPLE, "--downtime-limit", "9223372036854775807", "--switchover-limit",
                "9223372036854775807"), "--downtime-limit", "'9223372036854775807' is not allowed: give a whole number of ms"
                + " from 0 to 2000000");
        assertRefused(List.of("replay", SAMPLE, "--downtime-limit", "9300000000000000", "--switchover-limit", "0"),
                "--downtime-limit", "'9300000000000000' is not allowed: give a whole number of ms from 0 to 2000000");
        assertRefused(List.of("replay", SAMPLE, "--downtime-limit", "300", "--switchover-limit", "-1"),
                "--switchover-limit", "'-1' is not allowed: give a whole number of ms from 0 to 2000000");
        assertRefused(List.of("runs", SAMPLE, "--downtime-limit", "2000001"), "--downtime-limit",
                "'2000001' is not allowed: give a whole number of ms from 0 to 2000000");
    }

    /** At the bounds the sum is 4,000,000 ms, said as such; this migration (405.351 ms) cannot make the RFC fire. */
    @Test
    void largestLimitsAddUp() {
        CliRun run = CliRun.of("replay", SAMPLE, "--downtime-limit", "2000000", "--switchover-limit", "2000000");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  limits       downtime-limit 2000000 ms + switchover-limit 2000000 ms = abort limit"
                + " 4000000 ms\n"), run.out());
        assertTrue(run.out().contains("\nrfc         4000000 ms  cannot fire"), run.out());
    }

    /** A sweep up to 2^63 ran out of memory and blamed the inputs; a grid of more than 100,000 cells is refused too. */
    @Test
    void sweepRangesBounded() {
        assertRefused(List.of("sweep", SAMPLE, "--downtime-limit", "0:9223372036854775807:1", "--switchover-limit", "0"),
                "--downtime-limit", "'0:9223372036854775807:1': 9223372036854775807 is out of range: give FROM:TO:STEP or"
                        + " one value, in whole ms from 0 to 2000000 (e.g. 100:500:50)");
        CliRun cells = CliRun.of("sweep", SAMPLE, "--downtime-limit", "0:2000000:1", "--switchover-limit", "0:10:1");
        assertEquals(2, cells.exitCode());
        assertTrue(cells.err().startsWith("analyzer: --downtime-limit 0:2000000:1 and --switchover-limit 0:10:1 make"
                + " 2000001 x 11 = 22000011 pairs of limits; a sweep replays at most 100000 (take a larger step)\n"),
                cells.err());
        assertEquals("", cells.out());
    }

    /** ±2^63 µs gave negative blackouts (the offset wrapped around when applied); 100 years either way is the bound. */
    @Test
    void clockOffsetBounded() {
        for (String offset : List.of("9223372036854775807us", "-9223372036854775808us", "3155760001s")) {
            assertRefused(List.of("report", "--clock-offset", offset, SAMPLE), "--clock-offset", "'" + offset
                    + "' is beyond 100 years: give an offset from -3155760000s to 3155760000s");
        }
        assertRefused(List.of("report", "--clock-offset", "99999999999999999999999s", SAMPLE), "--clock-offset",
                "'99999999999999999999999s' is finer than a microsecond or beyond 64 bits of µs");
    }

    /** {@code report --top -1} said "error: -1" after half a report. */
    @Test
    void topBounded() {
        assertRefused(List.of("report", "--top", "-1", SAMPLE), "--top",
                "'-1' is not allowed: give a whole number from 0 to 1000000");
        assertRefused(List.of("compare", "--top", "99999999999", SAMPLE, SAMPLE), "--top",
                "'99999999999' is not allowed: give a whole number from 0 to 1000000");
    }

    @Test
    void countsThresholdsAndRoundTripBounded() {
        assertRefused(List.of("report", "--run", "0", SAMPLE), "--run",
                "'0' is not allowed: give a whole number from 1 to 2147483647");
        assertRefused(List.of("compare", "--alpha", "NaN", SAMPLE, SAMPLE), "--alpha",
                "'NaN' is not a number: give a number between 0 and 1, both excluded");
        assertRefused(List.of("compare", "--min-change-us", "-5", SAMPLE, SAMPLE), "--min-change-us",
                "'-5' is not allowed: give a whole number of µs from 0 to 86400000000");
        assertRefused(List.of("compare", "--min-change-pct", "1e9", SAMPLE, SAMPLE), "--min-change-pct",
                "'1e9' is not allowed: give a number from 0 to 1000000");
        assertRefused(List.of("replay", SAMPLE, "--downtime-limit", "5", "--switchover-limit", "1", "--rtt",
                "9223372036854775807us"), "--rtt", "'9223372036854775807us' is not allowed: give a duration from 0 to"
                + " 2000s, such as 400us or 1ms");
    }

    private static void assertRefused(List<String> args, String option, String message) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), String.join(" ", args));
        // The one line, then where the usage is (see 'analyzer help report'), not the usage itself.
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertEquals("analyzer: Invalid value for option '" + option + "': " + message, lines.get(0));
        assertEquals("see 'analyzer help " + args.get(0) + "'", lines.get(1));
        assertEquals("", run.out());
    }
}
