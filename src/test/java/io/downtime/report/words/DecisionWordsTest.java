package io.downtime.report.words;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.model.LineRef;
import io.downtime.run.RunStatus;
import io.downtime.runset.Baseline;
import io.downtime.runset.BaselineFile;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.why.Decision;
import io.downtime.why.DecisionGap;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.LimitDerivation;
import io.downtime.why.LimitGap;
import io.downtime.why.ParametersRead;
import io.downtime.why.QemuParametersFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The switchover decision's sentences on the real samples; the values are those of the lines quoted above each test. */
class DecisionWordsTest {
    private static final String LIMIT100 = SampleMigrations.path("full-trace-precopy-limit100/src.log");
    private static final String KVM = SampleMigrations.path("full-trace-kvm-8vcpu-many-devices/src.log");

    private static Decision decision(String sample, Optional<DowntimeLimit> given) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(sample), AlignmentOptions.automatic()),
                given).why().decision();
    }

    private static DowntimeLimit option(long milliseconds, Optional<DowntimeLimit> overridden) {
        return DowntimeLimit.stated(milliseconds, new LimitDerivation.Option(milliseconds, overridden));
    }

    /**
     * full-trace-precopy-limit100, src.log:224 {@code migrate_transferred transferred 26269740 time_spent 100
     * bandwidth 262697 switchover_bw 0 max_size 26269740}, the last before the decision (233): 26269740 / 100 =
     * 262697.4 B/ms before QEMU truncated it; 262697.4 × 100 ms = 26269740 = max_size, so the limit is 100 ms.
     */
    @Test
    void theThresholdsLimit() {
        Decision decision = decision("full-trace-precopy-limit100", Optional.empty());
        assertEquals("QEMU's threshold 26269740 B = its bandwidth before truncation, 26269740 B / 100 ms = 262697.4"
                + " B/ms, × 100 ms (" + LIMIT100 + ":224)", DecisionWords.derivation(decision.limit().orElseThrow()
                .derivation()));
    }

    /**
     * The same trace with --downtime-limit 300: the option's 300 ms (300000 µs, "300 ms") is judged against, and
     * the threshold's 100 ms (src.log:224, as above) is noted beside it.
     */
    @Test
    void aGivenLimitTheThresholdContradicts() {
        Decision decision = decision("full-trace-precopy-limit100", Optional.of(option(300, Optional.empty())));
        assertEquals(List.of("the limit given (--downtime-limit 300) is 300 ms, but QEMU's threshold at the decision"
                + " implies 100 ms (QEMU's threshold 26269740 B = its bandwidth before truncation, 26269740 B / 100 ms"
                + " = 262697.4 B/ms, × 100 ms (" + LIMIT100 + ":224)): the prediction is judged against the limit"
                + " given"), DecisionWords.notes(decision.notes()));
    }

    /**
     * full-trace-kvm-8vcpu-many-devices, src.log:13 {@code 25327@1796168594.895916 ... new state active} and 30
     * {@code 25327@1796168594.978302 migration_thread_low_pending 0}, no migrate_transferred: precopy lasted
     * 978302 − 895916 = 82386 µs, inside QEMU's first 100 ms period, so there is no threshold and no limit.
     */
    @Test
    void noThresholdNoLimit() {
        Decision decision = decision("full-trace-kvm-8vcpu-many-devices", Optional.empty());
        assertEquals("no migrate_transferred line before the decision: precopy ended 82.386 ms after it began ("
                + KVM + ":13 -> " + KVM + ":30), inside QEMU's first bandwidth period (100 ms), so QEMU had no"
                + " bandwidth estimate and no threshold yet; give the limit with --downtime-limit",
                DecisionWords.gap(decision.limitMissing().orElseThrow()));
    }

    /**
     * A bandwidth line whose period measured nothing ({@code transferred 0 time_spent 100}; no sample holds one,
     * so the line is built here): its threshold says nothing of the limit.
     */
    @Test
    void anUnmeasuredBandwidth() {
        assertEquals("QEMU measured no bandwidth in its last period (0 bytes in 100 ms, src.log:7): its threshold"
                + " says nothing of the limit; give the limit with --downtime-limit",
                DecisionWords.gap(new LimitGap.UnmeasuredBandwidth(0, 100, new LineRef("src.log", 7))));
    }

    /**
     * Thresholds from a switchover bandwidth, and one no whole limit gives (no sample holds one; DecisionTest
     * derives these records from lines built as QEMU prints them): 125000 B/ms × 300 ms = 37500000 exactly;
     * 37500001 ÷ 125000 is no whole number of ms; 26401088 × 100 × 1000 / 26269740 = 100499.997 µs, rounded
     * 100500 µs, said 100.5 ms.
     */
    @Test
    void thresholdsNoWholeLimitGives() {
        LineRef line = new LineRef("src.log", 7);
        assertEquals("QEMU's threshold 37500000 B = switchover bandwidth 125000 B/ms × 300 ms (src.log:7)",
                DecisionWords.derivation(new LimitDerivation.SwitchoverTimesLimit(37500000, 125000, 300, line)));
        assertEquals("QEMU's threshold 37500001 B ÷ switchover bandwidth 125000 B/ms (src.log:7), which no whole"
                + " number of ms reproduces",
                DecisionWords.derivation(new LimitDerivation.SwitchoverQuotient(37500001, 125000, line)));
        assertEquals("QEMU's threshold 26401088 B ÷ its bandwidth before truncation, 26269740 B / 100 ms (src.log:7),"
                + " = 100.5 ms, which no whole number of ms reproduces",
                DecisionWords.derivation(new LimitDerivation.BandwidthQuotient(26401088, 26269740, 100, 100_500, line)));
    }


    /**
     * dst-stalled-400ms: neither log holds migrate_transferred, migrate_pending_* or migration_thread_low_pending
     * (grep finds none), so every figure of the decision says which events to trace.
     */
    @Test
    void aTraceWithoutTheDecisionsEvents() {
        Decision decision = decision("dst-stalled-400ms", Optional.empty());
        String untraced = "the trace holds none of QEMU's switchover-decision events (migrate_transferred,"
                + " migrate_pending_*, migration_thread_low_pending): trace them with -trace 'migrat*' (docs/why.md)";
        assertEquals(untraced, DecisionWords.unknown(decision.pending().missing().orElseThrow()));
        assertEquals(untraced, DecisionWords.unknown(decision.expectedDowntimeMicros().missing().orElseThrow()));
        assertEquals(untraced + "; give the limit with --downtime-limit",
                DecisionWords.gap(decision.limitMissing().orElseThrow()));
    }

    /**
     * full-trace-kvm-8vcpu-many-devices (lines as above): no migrate_transferred before the decision, precopy
     * 82.386 ms; 0 bytes pending (src.log:30), so QEMU predicted nothing.
     */
    @Test
    void nothingPredictedInsideTheFirstPeriod() {
        Decision decision = decision("full-trace-kvm-8vcpu-many-devices", Optional.empty());
        String early = "no migrate_transferred line before the decision: precopy ended 82.386 ms after it began ("
                + KVM + ":13 -> " + KVM + ":30), inside QEMU's first bandwidth period (100 ms), so QEMU had no"
                + " bandwidth estimate and no threshold yet";
        assertEquals(early, DecisionWords.unknown(decision.bandwidth().missing().orElseThrow()));
        assertEquals(early + "; 0 bytes were pending, QEMU predicted nothing",
                DecisionWords.unknown(decision.expectedDowntimeMicros().missing().orElseThrow()));
    }

    /**
     * cancelled-in-precopy, src.log: migrate_transferred every 100 ms (18 to 74), then 81 {@code new state
     * cancelling} and 87 {@code new state cancelled}: no migration_thread_low_pending and no src-downtime-start.
     */
    @Test
    void aCancelBeforeAnyDecision() {
        Decision decision = decision("cancelled-in-precopy", Optional.empty());
        assertEquals("QEMU never decided to switch over: no migration_thread_low_pending and no src-downtime-start"
                + " (the source cancelled)", DecisionWords.unknown(decision.expectedDowntimeMicros().missing()
                .orElseThrow()));
    }

    /** postcopy-random-ram, src.log:51 {@code new state postcopy-active}: no RAM-based prediction applies. */
    @Test
    void postcopy() {
        Decision decision = decision("postcopy-random-ram", Optional.empty());
        assertEquals("postcopy: QEMU switched to postcopy when asked to (migrate-start-postcopy), not on its"
                + " threshold; the RAM still pending moved after the guest restarted, so no RAM-based prediction"
                + " applies", DecisionWords.unknown(decision.expectedDowntimeMicros().missing().orElseThrow()));
    }

    /** full-trace-precopy-limit100, src.log:224 {@code ... switchover_bw 0 ...}: no switchover bandwidth set. */
    @Test
    void noSwitchoverBandwidthSet() {
        Decision decision = decision("full-trace-precopy-limit100", Optional.empty());
        assertEquals("not set (switchover_bw 0 at " + LIMIT100 + ":224): QEMU decided with its bandwidth estimate",
                DecisionWords.unknown(decision.switchoverBandwidth().missing().orElseThrow()));
    }

    /**
     * The reasons no sample shows, on values a trace would give (the domain's choice of each is DecisionTest's):
     * a source that never switched over and never measured a bandwidth, a decision without times, a precopy of
     * 150 ms whose bandwidth line was not traced, a period that measured nothing, QEMU before 8.2.
     */
    @Test
    void reasonsNoSampleShows() {
        LineRef line = new LineRef("src.log", 7);
        assertEquals("no migrate_transferred line, and the source never switched over (the source failed)",
                DecisionWords.unknown(new DecisionGap.NoBandwidthNoSwitchover(RunStatus.FAILED)));
        assertEquals("no migrate_transferred line before the decision: either precopy ended inside QEMU's first"
                + " bandwidth period (100 ms) or the event was not traced, and the trace has no times to tell which",
                DecisionWords.unknown(new DecisionGap.NoBandwidthUntimed()));
        assertEquals("no migrate_transferred line before the decision although precopy lasted 150 ms: the event was"
                + " not traced (-trace 'migrat*')", DecisionWords.unknown(new DecisionGap.NoBandwidthNotTraced(150_000)));
        assertEquals("QEMU's bandwidth estimate was 0 (src.log:7): it predicted nothing",
                DecisionWords.unknown(new DecisionGap.ZeroBandwidth(line)));
        assertEquals("QEMU before 8.2 prints no switchover_bw (src.log:7)",
                DecisionWords.unknown(new DecisionGap.SwitchoverBandwidthUnprinted(line)));
        assertEquals("no migration_thread_low_pending line before src-downtime-start: trace it (-trace 'migrat*')",
                DecisionWords.unknown(new DecisionGap.NoDecisionLine()));
        assertEquals("no source run: the decision is the source's", DecisionWords.unknown(new DecisionGap.NoSourceRun()));
    }

    /**
     * The expected downtime's reason is stored as text. A baseline written before it was a record (the committed
     * fuzz seed of dst-stalled-400ms, made by commit b5638d2's {@code analyzer baseline}) reads back as
     * {@code Recorded}, said verbatim: the same sentence as today's words for the trace's reason (no decision
     * events, as above), which a baseline written today stores again. A baseline older still, without the
     * prediction's fields, says the prediction is not in it.
     */
    @Test
    void aReasonStoredByAnEarlierBaselineReadsTheSame(@TempDir Path dir) throws Exception {
        Path seed = Path.of("src/test/resources/io/downtime/robustness/BaselineFuzzTestInputs/readAnyBaseline/"
                + "seed-dst-stalled-400ms");
        String untraced = DecisionWords.unknown(new DecisionGap.NotTraced());
        Baseline old = BaselineFile.read(seed);
        assertEquals(Optional.of(new DecisionGap.Recorded(untraced)), old.runs().get(0).expectedDowntimeUnavailable());
        assertEquals(Optional.of(untraced), old.runs().get(0).expectedDowntimeUnavailable().map(DecisionWords::unknown));
        assertEquals(Optional.of("no QEMU prediction: " + untraced),
                old.runs().get(0).predictionErrorUnavailable().map(BlackoutWords::predictionError));

        RunSet set = RunSetLoader.load(List.of(SampleTraces.path("dst-stalled-400ms").toString()),
                RunSetOptions.defaults(), d -> { });
        assertEquals(Optional.of(new DecisionGap.NotTraced()), set.figures().get(0).expectedDowntimeUnavailable());
        StringWriter today = new StringWriter();
        BaselineFile.write(new Baseline("0.1.0", "x", "auto", "auto", List.of(), set.figures()),
                StoredReasonWords.SENTENCES, today);
        String stored = "\"expected_downtime_unavailable\" : \"" + untraced + "\"";
        assertTrue(today.toString().contains(stored), today.toString());
        assertTrue(Files.readString(seed).contains(stored));

        Path older = dir.resolve("older.json");
        Files.writeString(older, Files.readString(seed).replace("\"expected_downtime_us\" : null,", "")
                .replace(stored + ",", ""));
        assertEquals(Optional.of("not in the baseline"), BaselineFile.read(older).runs().get(0)
                .expectedDowntimeUnavailable().map(DecisionWords::unknown));
    }

    /**
     * A libvirt debug log whose two settings differ (500 ms at line 1, 250 ms at line 2): the last is in force and
     * the earlier one is named; an option over it names both.
     */
    @Test
    void aParametersFileAndAnOptionOverIt(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("d.log");
        Files.writeString(log, String.join("\n", sent(500), sent(250), ""));
        ParametersRead read = QemuParametersFile.read(log);
        DowntimeLimit file = read.limit().orElseThrow();
        assertEquals("migrate-set-parameters " + log + ":2, the last of 2 in the file (before it: 500 ms at line 1)",
                DecisionWords.derivation(file.derivation()));
        assertEquals("--downtime-limit 300, over the 250 ms of migrate-set-parameters " + log + ":2, the last of 2 in"
                + " the file (before it: 500 ms at line 1)",
                DecisionWords.derivation(option(300, Optional.of(file)).derivation()));
    }

    /** {@code VIR_DEBUG("Send command '%s' for write with FD %d", ...)} (qemuMonitorJSONCommandWithFd), as libvirt logs it. */
    private static String sent(long milliseconds) {
        return "2026-11-26 01:05:34.200+0000: 30490: debug : qemuMonitorJSONCommandWithFd:308 : Send command"
                + " '{\"execute\":\"migrate-set-parameters\",\"arguments\":{\"downtime-limit\":" + milliseconds
                + "},\"id\":\"libvirt-20\"}' for write with FD -1";
    }
}
