package io.downtime.analysis;

import io.downtime.blackout.Blackout;
import io.downtime.blackout.BlackoutDisagreement;
import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.QemuDowntimeUnavailable;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Estimate;
import io.downtime.clock.EvidenceSwitch;
import io.downtime.clock.Interval;
import io.downtime.run.RunStatus;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlackoutTest {
    private static final Pattern CHECKPOINT = Pattern.compile(
            "^\\d+@(\\d+)\\.(\\d{6}):vmstate_downtime_checkpoint (\\S+)$", Pattern.MULTILINE);

    /**
     * The acceptance test of the blackout on every sample in which the guest started on the destination.
     * The true blackout, computed here from the raw lines: the destination's clock reads the source's
     * plus the injected offset (meta.json {@code injected_dst_minus_src_offset_s}), so on the source's
     * clock the guest started at {@code t_dst(dst-*-vm-started) - injected}, and was stopped since
     * {@code t_src(src-downtime-start)}:
     * {@code true = t_dst(dst-*-vm-started) - injected - t_src(src-downtime-start)}.
     * The reported lower bound never exceeds it and is within 5 ms of it; an upper bound, when there
     * is one, is not below it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dst-stalled-400ms", "postcopy-random-ram", "precopy-kvm-8vcpu-many-devices",
            "precopy-multifd-4ch", "precopy-q35-small", "precopy-return-path", "precopy-skewed-clocks",
            "strict-completed-300-10", "strict-missed-62ms-blackout-8-2"})
    void lowerBoundIsAtMostTheTrueBlackoutAndWithinFiveMilliseconds(String name) throws IOException {
        long truth = checkpointMicros(name + "/dst.log", "-vm-started") - injectedOffsetMicros(name)
                - checkpointMicros(name + "/src.log", "src-downtime-start");
        Interval bounds = Analyses.of(name).blackout().guestStopped().orElseThrow().bounds();
        long low = bounds.low().getAsLong();
        assertTrue(low <= truth, "lower bound " + low + " above the true blackout " + truth);
        assertTrue(truth - low <= 5_000, "lower bound " + low + " more than 5 ms below " + truth);
        assertTrue(bounds.high().isEmpty() || bounds.high().getAsLong() >= truth);
    }

    /**
     * dst-stalled-400ms. Guest start dst.log:39 {@code 5994@1795654071.004555 dst-precopy-bh-vm-started};
     * stop src.log:3 {@code 6004@1795654070.597297 src-downtime-start}; offset < +1907 µs (handshake,
     * ClockAlignmentTest). Blackout > 1795654071.004555 - 1907 µs - 1795654070.597297 = 407258 - 1907 =
     * 405351 µs, with no upper bound. QEMU's figure: src.log:51 src-downtime-end 1795654070.601408 -
     * 1795654070.597297 = 4111 µs (query-migrate: 4 ms). The difference 405351 - 4111 = 401240 µs.
     */
    @Test
    void stalledDestinationIsAtLeast405MillisecondsAgainstQemusFour() {
        Blackout blackout = Analyses.of("dst-stalled-400ms").blackout();
        Estimate stopped = blackout.guestStopped().orElseThrow();
        assertEquals(Interval.atLeast(405_351), stopped.bounds());
        assertEquals(OptionalLong.of(405_351), stopped.value());
        assertEquals(OptionalLong.of(4_111), blackout.qemuDowntime());
        // worded in report/words/AnalysisWordsTest
        assertEquals(Optional.of(new BlackoutDisagreement.StoppedLonger(stopped, 401_240,
                BlackoutDisagreement.QemuStops.WHEN_ALL_SENT)), blackout.explanation());
    }

    /**
     * precopy-return-path: offset in [-1759, +871] µs, estimate -444. Guest start dst.log:39
     * 1795654227.838732, stop src.log:3 1795654227.732462: 106270 µs minus the offset, so
     * [106270 - 871, 106270 + 1759] = [105399, 108029], estimate 106270 + 444 = 106714. QEMU's figure
     * src-downtime-end 1795654227.840491 - 1795654227.732462 = 108029 µs: with return-path the upper bound
     * is QEMU's figure itself, and they agree.
     */
    @Test
    void withReturnPathQemusFigureIsTheUpperBound() {
        Blackout blackout = Analyses.of("precopy-return-path").blackout();
        assertEquals(new Estimate(Interval.between(105_399, 108_029), OptionalLong.of(106_714)),
                blackout.guestStopped().orElseThrow());
        assertEquals(OptionalLong.of(108_029), blackout.qemuDowntime());
        assertEquals(Optional.empty(), blackout.explanation());
    }

    /**
     * postcopy-random-ram: offset < +2020 µs (the postcopy package, ClockAlignmentTest). Guest start
     * dst.log:41 1795654067.633414 dst-postcopy-bh-vm-started, stop src.log:3 1795654067.617899:
     * > 15515 - 2020 = 13495 µs. QEMU: src-downtime-end 1795654067.619715 - .617899 = 1816 µs;
     * 13495 - 1816 = 11679 µs.
     */
    @Test
    void postcopyExplainsWhyQemuCountsLess() {
        Blackout blackout = Analyses.of("postcopy-random-ram").blackout();
        assertEquals(Interval.atLeast(13_495), blackout.guestStopped().orElseThrow().bounds());
        assertEquals(Optional.of(new BlackoutDisagreement.StoppedLonger(blackout.guestStopped().orElseThrow(), 11_679,
                BlackoutDisagreement.QemuStops.AT_POSTCOPY_SWITCH)), blackout.explanation());
    }

    /**
     * dst-killed-at-switchover: no guest start anywhere. The source stopped the guest at src.log:3
     * 1795654078.634171 and failed at src.log:6 1795654078.636981: stopped at least 2810 µs before QEMU
     * resumed it on the source. No src-downtime-end, so no QEMU figure.
     */
    @Test
    void failedMigrationHasNoBlackoutButAStopOnTheSource() {
        Blackout blackout = Analyses.of("dst-killed-at-switchover").blackout();
        assertEquals(Optional.empty(), blackout.guestStopped());
        // worded in report/words/BlackoutWordsTest
        assertEquals(Optional.of(new BlackoutUnavailable.NeverStarted(RunStatus.INCOMPLETE, RunStatus.FAILED)),
                blackout.unavailable());
        assertEquals(OptionalLong.of(2_810), blackout.stoppedOnSource());
        assertEquals(OptionalLong.empty(), blackout.qemuDowntime());
        assertEquals(Optional.of(new QemuDowntimeUnavailable.NoEnd(RunStatus.FAILED)), blackout.qemuDowntimeUnavailable());
    }

    /**
     * precopy-skewed-clocks with the offset given (-169.3 s, the injected one): exact. Guest start
     * dst.log:39 1795653893.632338 + 169.3 s = 1795654062.932338 on the source's clock; stop src.log:3
     * 1795654062.925808: 6530 µs. QEMU: src.log:51 1795654062.930298 - .925808 = 4490 µs; 2040 µs more.
     */
    @Test
    void givenOffsetMakesTheBlackoutExact() {
        MigrationAnalysis analysis = MigrationAnalysis.of(AlignedMigration.align(
                SampleMigrations.only("precopy-skewed-clocks"),
                new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.AUTO, OptionalLong.of(-169_300_000))));
        Blackout blackout = analysis.blackout();
        assertEquals(Estimate.exactly(6_530), blackout.guestStopped().orElseThrow());
        assertEquals(OptionalLong.of(4_490), blackout.qemuDowntime());
        assertEquals(Optional.of(new BlackoutDisagreement.StoppedLonger(Estimate.exactly(6_530), 2_040,
                BlackoutDisagreement.QemuStops.WHEN_ALL_SENT)), blackout.explanation());
    }

    @Test
    void withoutTimestampsNoBlackout() {
        Blackout blackout = Analyses.of("precopy-no-timestamps").blackout();
        assertEquals(Optional.of(new BlackoutUnavailable.Untimed()), blackout.unavailable());
        assertEquals(Optional.of(new QemuDowntimeUnavailable.Untimed()), blackout.qemuDowntimeUnavailable());
        assertEquals(OptionalLong.empty(), blackout.qemuDowntime());
    }

    /** The first checkpoint whose name ends with {@code suffix}, in µs, read from the raw log line. */
    static long checkpointMicros(String relative, String suffix) {
        Matcher m = CHECKPOINT.matcher(TraceForms.readString(SampleTraces.path(relative)));
        while (m.find()) {
            if (m.group(3).endsWith(suffix)) {
                return Long.parseLong(m.group(1)) * 1_000_000L + Long.parseLong(m.group(2));
            }
        }
        throw new AssertionError("no checkpoint *" + suffix + " in " + relative);
    }

    static long injectedOffsetMicros(String name) throws IOException {
        return new ObjectMapper().readTree(SampleTraces.path(name + "/meta.json").toFile())
                .get("injected_dst_minus_src_offset_s").decimalValue().movePointRight(6).longValueExact();
    }
}
