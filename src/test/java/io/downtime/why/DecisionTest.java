package io.downtime.why;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.model.BandwidthEstimate;
import io.downtime.model.EventHeader;
import io.downtime.model.LineForm;
import io.downtime.model.LineRef;
import io.downtime.model.TraceEvent;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * QEMU's switchover decision on the real full traces, each figure derived by hand from the lines quoted.
 * QEMU's arithmetic (migration/migration.c, migration_update_counters and migration_iteration_run):
 * bandwidth = (double) transferred / time_spent, threshold = (uint64_t) (bandwidth × downtime_limit),
 * the trace's bandwidth argument truncated; the expected downtime is pending ÷ that unrounded bandwidth.
 */
class DecisionTest {

    static Why why(String name, Optional<DowntimeLimit> given) {
        AlignedMigration migration = AlignedMigration.align(SampleMigrations.only(name), AlignmentOptions.automatic());
        return MigrationAnalysis.of(migration, given).why();
    }

    /**
     * full-trace-precopy-limit100, src.log:
     * 224 {@code migrate_transferred transferred 26269740 time_spent 100 bandwidth 262697 switchover_bw 0 max_size 26269740}
     * (the last one before the decision), 233 {@code migration_thread_low_pending 15282176}, 234 src-downtime-start.
     * Limit: 26269740 / 100 = 262697.4 B/ms before truncation; 262697.4 × 100 = 26269740 = max_size: 100 ms
     * (not 26269740 / 262697 = 100.0002 ms). Expected: 15282176 B / 262697.4 B/ms = 15282176 × 100 × 1000 /
     * 26269740 µs = 58174.07 µs, rounded 58174 µs (README: "it expected about 58 ms").
     */
    @Test
    void precopyLimit100() {
        Decision decision = why("full-trace-precopy-limit100", Optional.empty()).decision();
        assertEquals(DecisionKind.THRESHOLD, decision.kind());
        assertEquals(Optional.of(new LineRef(SampleMigrations.path("full-trace-precopy-limit100/src.log"), 233)),
                decision.line());
        assertEquals(Optional.of(new LineRef(SampleMigrations.path("full-trace-precopy-limit100/src.log"), 224)),
                decision.bandwidthLine());
        assertEquals(Known.of(262697), decision.bandwidth());
        assertEquals(Known.of(26269740), decision.threshold());
        assertFalse(decision.switchoverBandwidth().known());
        assertEquals(Known.of(15282176), decision.pending());
        assertEquals(100_000, decision.limit().orElseThrow().micros());
        assertEquals(LimitSource.THRESHOLD, decision.limit().get().source());
        assertTrue(decision.limit().get().wholeMilliseconds());
        assertEquals(Known.of(58174), decision.expectedDowntimeMicros());
    }

    /**
     * full-trace-dst-stalled-200, src.log: 163 {@code migrate_transferred transferred 26266761 time_spent 100
     * bandwidth 262667 switchover_bw 0 max_size 26266761}, 168 {@code migration_thread_low_pending 12156928}.
     * 26266761 / 100 × 100 = 26266761: limit 100 ms. Expected 12156928 × 100 × 1000 / 26266761 = 46282.55 µs,
     * rounded 46283 µs (README: "QEMU expected about 46 ms").
     */
    @Test
    void dstStalled200() {
        Decision decision = why("full-trace-dst-stalled-200", Optional.empty()).decision();
        assertEquals(DecisionKind.THRESHOLD, decision.kind());
        assertEquals(168, decision.line().orElseThrow().line());
        assertEquals(163, decision.bandwidthLine().orElseThrow().line());
        assertEquals(Known.of(262667), decision.bandwidth());
        assertEquals(Known.of(26266761), decision.threshold());
        assertEquals(Known.of(12156928), decision.pending());
        assertEquals(100_000, decision.limit().orElseThrow().micros());
        assertEquals(Known.of(46283), decision.expectedDowntimeMicros());
    }

    /**
     * full-trace-kvm-8vcpu-many-devices, src.log: 13 {@code 25327@1796168594.895916 ... new state active},
     * 29 {@code migrate_pending_estimate estimate pending size 0}, 30 {@code 25327@1796168594.978302
     * migration_thread_low_pending 0}, and no migrate_transferred at all: precopy lasted 978302 − 895916 =
     * 82386 µs, inside QEMU's first 100 ms bandwidth period. Pending 0 is known; the bandwidth, threshold, limit
     * and expected downtime are not, each with that reason. With --downtime-limit 50 the limit is the option's.
     */
    @Test
    void kvmWithoutBandwidthEstimate() {
        Decision decision = why("full-trace-kvm-8vcpu-many-devices", Optional.empty()).decision();
        assertEquals(DecisionKind.NOTHING_PENDING, decision.kind());
        assertEquals(30, decision.line().orElseThrow().line());
        assertEquals(Optional.empty(), decision.bandwidthLine());
        assertEquals(Known.of(0), decision.pending());
        String src = SampleMigrations.path("full-trace-kvm-8vcpu-many-devices/src.log");
        DecisionGap early = new DecisionGap.NoBandwidthYet(82386, new LineRef(src, 13), new LineRef(src, 30));
        assertEquals(Known.missing(early), decision.bandwidth());
        assertEquals(Known.missing(early), decision.threshold());
        assertEquals(Known.missing(new DecisionGap.NoBandwidthForPending(early, 0)), decision.expectedDowntimeMicros());
        assertTrue(decision.limit().isEmpty());
        // No threshold, so no limit: for the threshold's own reason (src.log:13 -> src.log:30, 82.386 ms).
        assertEquals(Optional.of(new LimitGap.NoThreshold(decision.threshold().missing().orElseThrow())),
                decision.limitMissing());

        DowntimeLimit option = DowntimeLimit.stated(50, new LimitDerivation.Option(50, Optional.empty()));
        Decision given = why("full-trace-kvm-8vcpu-many-devices", Optional.of(option)).decision();
        assertEquals(Optional.of(option), given.limit());
        assertTrue(given.notes().isEmpty(), "no threshold to disagree with");
    }

    /**
     * cancelled-then-retried: src.log holds a cancelled attempt and a completed one. The first never switched over
     * (no migration_thread_low_pending, no src-downtime-start). The second, src.log 451 {@code migrate_transferred
     * transferred 10506258 time_spent 100 bandwidth 105062 switchover_bw 0 max_size 31518774}, 456
     * {@code migration_thread_low_pending 23175168}: 10506258 / 100 = 105062.58 B/ms, × 300 = 31518774: limit
     * 300 ms (meta.json downtime_limit_ms 300). Expected 23175168 × 100 × 1000 / 10506258 = 220584.42 µs, 220584:
     * QEMU measured its bandwidth under max-bandwidth 800 Mbit/s, which the switchover does not obey.
     */
    @Test
    void cancelledThenRetried() {
        List<io.downtime.run.MigrationPair> migrations = SampleMigrations.found("cancelled-then-retried").migrations();
        Decision cancelled = Decisions.of(migrations.get(0), Optional.empty());
        assertEquals(DecisionKind.NO_SWITCHOVER, cancelled.kind());
        // src.log:94 new state cancelled: the first run's status.
        assertEquals(Known.missing(new DecisionGap.NeverDecided(RunStatus.CANCELLED)), cancelled.pending());
        Decision retried = Decisions.of(migrations.get(1), Optional.empty());
        assertEquals(DecisionKind.THRESHOLD, retried.kind());
        assertEquals(456, retried.line().orElseThrow().line());
        assertEquals(451, retried.bandwidthLine().orElseThrow().line());
        assertEquals(Known.of(105062), retried.bandwidth());
        assertEquals(Known.of(31518774), retried.threshold());
        assertEquals(300_000, retried.limit().orElseThrow().micros());
        assertEquals(Known.of(23175168), retried.pending());
        assertEquals(Known.of(220584), retried.expectedDowntimeMicros());
    }

    /** A limit given that the threshold contradicts: it is used, and the disagreement noted. */
    @Test
    void givenLimitThatTheThresholdContradicts() {
        DowntimeLimit option = DowntimeLimit.stated(300, new LimitDerivation.Option(300, Optional.empty()));
        Decision decision = why("full-trace-precopy-limit100", Optional.of(option)).decision();
        assertEquals(300_000, decision.limit().orElseThrow().micros());
        // src.log:224, transferred 26269740 time_spent 100 max_size 26269740: 262697.4 B/ms × 100 ms, as above.
        DowntimeLimit threshold = new DowntimeLimit(100_000, new LimitDerivation.BandwidthTimesLimit(26269740, 26269740, 100, 100,
                        new LineRef(SampleMigrations.path("full-trace-precopy-limit100/src.log"), 224)), true);
        assertEquals(Optional.of(threshold), decision.thresholdLimit());
        assertEquals(List.of(new DecisionNote.LimitsDisagree(option, threshold)), decision.notes());
    }

    /** Traces without the decision events: every figure missing, saying which events to trace. */
    @Test
    void aTraceWithoutDecisionEvents() {
        Decision decision = why("dst-stalled-400ms", Optional.empty()).decision();
        assertEquals(DecisionKind.NOT_TRACED, decision.kind());
        assertEquals(Known.missing(new DecisionGap.NotTraced()), decision.pending());
        assertEquals(Known.missing(new DecisionGap.NotTraced()), decision.bandwidth());
        assertTrue(decision.limit().isEmpty());
    }

    /**
     * Every migrate_transferred line of the three full traces (limit 100 ms in meta.json for two; they were
     * all recorded with downtime-limit 100 or 50 and no switchover bandwidth) gives back a whole limit by QEMU's
     * own double arithmetic, among them full-trace-precopy-limit100/src.log:26, {@code transferred 26218191
     * time_spent 100 bandwidth 262181 max_size 26218190}: 26218191 / 100 × 100 is 26218190.999999996 in
     * doubles, truncated to 26218190, which the quotient 26218190 / 262181.91 = 99.99999 ms would not say; and
     * full-trace-dst-stalled-200/src.log:135, {@code transferred 26265618 time_spent 101 bandwidth 260055
     * max_size 26005562}: 26265618 / 101 = 260055.62 B/ms, × 100 = 26005562.4, truncated.
     */
    @ParameterizedTest
    @ValueSource(strings = {"full-trace-precopy-limit100", "full-trace-dst-stalled-200"})
    void everyThresholdGivesBackTheLimit(String name) {
        Run source = SampleMigrations.only(name).source().orElseThrow();
        int lines = 0;
        for (TraceEvent event : source.events()) {
            if (event instanceof BandwidthEstimate estimate) {
                DowntimeLimit limit = ThresholdLimit.of(estimate).limit().orElseThrow();
                assertEquals(100_000, limit.micros(), estimate.toString());
                assertTrue(limit.wholeMilliseconds());
                lines++;
            }
        }
        assertTrue(lines > 10, "lines " + lines);
    }

    /** With a switchover bandwidth set, QEMU's threshold is that bandwidth × the limit, exactly. */
    @Test
    void switchoverBandwidth() {
        EventHeader header = new EventHeader(new LineRef("src.log", 7), OptionalLong.of(1), OptionalLong.of(1),
                LineForm.LOG_THREAD_STAMP);
        // avail-switchover-bandwidth 125000000 B/s = 125000 B/ms, downtime-limit 300 ms: 37500000 B.
        BandwidthEstimate line = new BandwidthEstimate(header, 26269740, 100, 262697, OptionalLong.of(125000), 37500000);
        DowntimeLimit limit = ThresholdLimit.of(line).limit().orElseThrow();
        assertEquals(300_000, limit.micros());
        assertEquals(new LimitDerivation.SwitchoverTimesLimit(37500000, 125000, 300, new LineRef("src.log", 7)),
                limit.derivation());
        // A threshold no whole limit gives: the quotient, said to be one. 262697.4 × 100.5 = 26401088.7.
        BandwidthEstimate odd = new BandwidthEstimate(header, 26269740, 100, 262697, OptionalLong.of(0), 26401088);
        DowntimeLimit quotient = ThresholdLimit.of(odd).limit().orElseThrow();
        assertFalse(quotient.wholeMilliseconds());
        // 26401088 × 100 × 1000 / 26269740 = 100499.997 µs, rounded 100500
        assertEquals(100_500, quotient.micros());
        assertEquals(new LimitDerivation.BandwidthQuotient(26401088, 26269740, 100, 100_500, new LineRef("src.log", 7)),
                quotient.derivation());
    }
}
