package io.downtime.report.words;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.model.LineRef;
import io.downtime.testing.SampleMigrations;
import io.downtime.why.Decision;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.LimitDerivation;
import io.downtime.why.LimitGap;
import io.downtime.why.LimitSource;
import io.downtime.why.ParametersRead;
import io.downtime.why.QemuParametersFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The switchover decision's sentences on the real samples; the values are those of the lines quoted above each test. */
class DecisionWordsTest {
    private static final String LIMIT100 = SampleMigrations.path("full-trace-precopy-limit100/src.log");
    private static final String KVM = SampleMigrations.path("full-trace-kvm-8vcpu-many-devices/src.log");

    private static Decision decision(String sample, Optional<DowntimeLimit> given) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(sample), AlignmentOptions.automatic()),
                given).why().decision();
    }

    private static DowntimeLimit option(long milliseconds, Optional<DowntimeLimit> overridden) {
        return DowntimeLimit.stated(milliseconds, LimitSource.OPTION, new LimitDerivation.Option(milliseconds, overridden));
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
