package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code analyzer runs --format openmetrics} (docs/fleet.md, Metrics) on four real migrations whose figures are
 * derived by hand in BlackoutTest and docs/postmortem.md:
 * <ul>
 *   <li>dst-stalled-400ms: completed; blackout ≥ 405,351 µs (one-sided: the estimate is the bound);</li>
 *   <li>precopy-return-path: completed; blackout [105,399, 108,029] µs, estimate 106,714;</li>
 *   <li>postcopy-random-ram: completed; blackout ≥ 13,495 µs;</li>
 *   <li>dst-killed-at-switchover: failed at switchover (the destination killed after the source stopped the guest,
 *       src.log:3 src-downtime-start, src.log:6 failed); no guest start, so no blackout.</li>
 * </ul>
 * Buckets (cumulative, upper bounds in s): 13,495 µs falls in 0.025; 106,714 in 0.2; 405,351 in 0.5. Sum
 * 405,351 + 106,714 + 13,495 = 525,560 µs = 0.52556 s. The total policy at downtime-limit 300 ms fires on the
 * stalled destination (405 ms > 300 ms whatever the offset); on postcopy-random-ram (known only from below) and on
 * the failed run (cut short at ≥ 2.81 ms) it may fire; on precopy-return-path (at most 108,029 µs) it cannot.
 */
class RunsOpenMetricsTest {
    @Test
    void fourRealMigrations() {
        CliRun run = CliRun.of("runs", "--format", "openmetrics", "--label", "lab", "--downtime-limit", "300",
                "--policy", "total", SampleTraces.path("dst-stalled-400ms").toString(),
                SampleTraces.path("precopy-return-path").toString(), SampleTraces.path("postcopy-random-ram").toString(),
                SampleTraces.path("dst-killed-at-switchover").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(String.join("\n",
                "# TYPE qemu_migration_blackout_seconds histogram",
                "# HELP qemu_migration_blackout_seconds Blackout of the migrations whose blackout is known: the"
                        + " guest-stopped time from src-downtime-start to dst-*-vm-started (the report's estimate).",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"0.01\"} 0",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"0.025\"} 1",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"0.05\"} 1",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"0.1\"} 1",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"0.2\"} 2",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"0.3\"} 2",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"0.5\"} 3",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"1\"} 3",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"2\"} 3",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"5\"} 3",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"10\"} 3",
                "qemu_migration_blackout_seconds_bucket{label=\"lab\",le=\"+Inf\"} 3",
                "qemu_migration_blackout_seconds_count{label=\"lab\"} 3",
                "qemu_migration_blackout_seconds_sum{label=\"lab\"} 0.52556",
                "# TYPE qemu_migration_blackout_unknown gauge",
                "# HELP qemu_migration_blackout_unknown Migrations whose blackout is unknown (no guest start, no"
                        + " timestamps, clocks that cannot be aligned).",
                "qemu_migration_blackout_unknown{label=\"lab\"} 1",
                "# TYPE qemu_migrations gauge",
                "# HELP qemu_migrations Migrations by outcome and the phase a migration that did not complete ended in"
                        + " (none: it completed).",
                "qemu_migrations{label=\"lab\",outcome=\"completed\",ended_in=\"none\"} 3",
                "qemu_migrations{label=\"lab\",outcome=\"failed\",ended_in=\"switchover\"} 1",
                "# TYPE qemu_migration_strict_aborts gauge",
                "# HELP qemu_migration_strict_aborts Migrations a strict-mode policy aborts at these limits, replayed"
                        + " on their recorded switchover: certainty fires (for every unknown) or may fire (for some).",
                "qemu_migration_strict_aborts{label=\"lab\",policy=\"total\",downtime_limit_ms=\"300\","
                        + "switchover_limit_ms=\"0\",certainty=\"fires\"} 1",
                "qemu_migration_strict_aborts{label=\"lab\",policy=\"total\",downtime_limit_ms=\"300\","
                        + "switchover_limit_ms=\"0\",certainty=\"may_fire\"} 2",
                "# TYPE qemu_migration_strict_replayed gauge",
                "# HELP qemu_migration_strict_replayed Migrations the strict-mode policies could be replayed on at"
                        + " these limits.",
                "qemu_migration_strict_replayed{label=\"lab\",policy=\"total\",downtime_limit_ms=\"300\","
                        + "switchover_limit_ms=\"0\"} 4",
                "# EOF", ""), run.out());
    }

    /** Without limits, no strict series: the families are still declared, so that a scraper sees them empty. */
    @Test
    void withoutLimitsTheStrictFamiliesAreEmpty() {
        CliRun run = CliRun.of("runs", "--format", "openmetrics", SampleTraces.path("precopy-q35-small").toString());
        assertEquals(0, run.exitCode(), run.err());
        String expectedTail = String.join("\n",
                "# TYPE qemu_migration_strict_aborts gauge",
                "# HELP qemu_migration_strict_aborts Migrations a strict-mode policy aborts at these limits, replayed"
                        + " on their recorded switchover: certainty fires (for every unknown) or may fire (for some).",
                "# TYPE qemu_migration_strict_replayed gauge",
                "# HELP qemu_migration_strict_replayed Migrations the strict-mode policies could be replayed on at"
                        + " these limits.",
                "# EOF", "");
        assertEquals(true, run.out().endsWith(expectedTail), run.out());
    }
}
