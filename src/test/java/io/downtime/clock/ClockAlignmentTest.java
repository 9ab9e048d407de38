package io.downtime.clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.model.LineRef;
import io.downtime.report.words.ClockWords;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clock alignment on the real samples. Each expected bound is {@code t_dst - t_src} of the two lines
 * quoted above it (seconds.microseconds of the log prefix); the offset is {@code dst - src}.
 */
class ClockAlignmentTest {

    /** Every timestamped sample: the interval holds the offset injected into the destination (meta.json). */
    @ParameterizedTest
    @ValueSource(strings = {"dst-killed-at-switchover", "dst-stalled-400ms", "postcopy-random-ram",
            "precopy-kvm-8vcpu-many-devices", "precopy-multifd-4ch", "precopy-q35-small", "precopy-return-path",
            "precopy-skewed-clocks", "strict-completed-300-10", "strict-destination-fires-50-10",
            "strict-missed-62ms-blackout-8-2", "strict-source-fires-first-5-1"})
    void intervalContainsTheInjectedOffset(String name) throws IOException {
        long injected = injectedOffsetMicros(name);
        ClockAlignment clock = align(name);
        assertTrue(clock.offset().contains(injected), ClockWords.summary(clock) + " should hold " + injected);
        assertTrue(clock.quality() == AlignmentQuality.ONE_SIDED || clock.quality() == AlignmentQuality.TWO_SIDED,
                clock.quality().toString());
    }

    /**
     * Upper bound, handshake: dst.log:2 {@code 5994@1795654070.567778:migrate_set_state new state active}
     * minus src.log:1 {@code 5993@1795654070.565871:migrate_set_state new state setup} = +1907 µs.
     * The tightest device bound is 400 ms looser (the destination was stopped for 400 ms):
     * dst.log:3 ram load at 1795654070.999213 - src.log:6 ram save at 1795654070.598977 = +400236 µs.
     * Return-path would need dst.log:39 dst-precopy-bh-vm-started 1795654071.004555 -
     * src.log:51 src-downtime-end 1795654070.601408 = +403147 µs as a lower bound, above +400236: no return-path.
     */
    @Test
    void stalledDestinationIsBoundByTheHandshake() {
        ClockAlignment clock = align("dst-stalled-400ms");
        assertEquals(Interval.atMost(1907), clock.offset());
        assertEquals(AlignmentQuality.ONE_SIDED, clock.quality());
        assertEquals(OptionalLong.of(1907), clock.estimate());
        OffsetBound upper = clock.upperBinding().orElseThrow();
        assertEquals(BoundKind.HANDSHAKE, upper.kind());
        assertEquals(new LineRef(SampleMigrations.path("dst-stalled-400ms/dst.log"), 2), upper.destination().where());
        assertEquals(new LineRef(SampleMigrations.path("dst-stalled-400ms/src.log"), 1), upper.source().where());
        assertFalse(clock.returnPath().used());
        // worded in report/words/ClockWordsTest
        EvidenceReason.EndBeforeGuestStart early = (EvidenceReason.EndBeforeGuestStart) clock.returnPath().reason();
        assertEquals(403_147, early.returnPath().micros());
        assertEquals(new LineRef(SampleMigrations.path("dst-stalled-400ms/src.log"), 51), early.returnPath().source().where());
        assertEquals(BoundKind.DEVICE_SECTION, early.binding().kind());
        assertEquals(400_236, early.binding().micros());
        assertEquals("ram 0 (iterable)", early.binding().destination().what());
        assertEquals(new LineRef(SampleMigrations.path("dst-stalled-400ms/dst.log"), 3), early.binding().destination().where());
        assertEquals(new LineRef(SampleMigrations.path("dst-stalled-400ms/src.log"), 6), early.binding().source().where());
        assertTrue(clock.handshake().used());
    }

    /**
     * Return-path on. Lower: dst.log:39 {@code 7000@1795654227.838732 dst-precopy-bh-vm-started} minus
     * src.log:51 {@code 7011@1795654227.840491 src-downtime-end} = -1759 µs. Upper, handshake:
     * dst.log:2 active 1795654225.031638 - src.log:1 setup 1795654225.030767 = +871 µs. The source waited
     * src.log:50 src-non-iterable-saved 1795654227.830509 -> src-downtime-end = 9982 µs.
     * Estimate floor((-1759 + 871) / 2) = -444 µs.
     */
    @Test
    void returnPathBoundsFromBelow() {
        ClockAlignment clock = align("precopy-return-path");
        assertEquals(Interval.between(-1759, 871), clock.offset());
        assertEquals(AlignmentQuality.TWO_SIDED, clock.quality());
        assertEquals(OptionalLong.of(-444), clock.estimate());
        assertEquals(BoundKind.RETURN_PATH, clock.lowerBinding().orElseThrow().kind());
        assertEquals(BoundKind.HANDSHAKE, clock.upperBinding().orElseThrow().kind());
        assertTrue(clock.returnPath().used());
        assertEquals(new EvidenceReason.MeasuredWait("src-non-iterable-saved", 9982, true), clock.returnPath().reason());
    }

    /**
     * Postcopy: no lower bound. Upper, the postcopy package: dst.log:3
     * {@code 5812@1795654067.621665:migrate_set_state new state postcopy-active} - src.log:49
     * {@code 5810@1795654067.619645 src-non-iterable-saved} = +2020 µs, tighter than the best device
     * (dst.log:4 {@code 5799@1795654067.621731 load timer 0} - src.log:7 {@code 5810@1795654067.618473 save timer 0}
     * = +3258 µs) and the handshake (1795654067.118010 - 1795654067.113484 = +4526 µs).
     */
    @Test
    void postcopyHasNoLowerBound() {
        ClockAlignment clock = align("postcopy-random-ram");
        assertEquals(Interval.atMost(2020), clock.offset());
        assertEquals(BoundKind.POSTCOPY_PACKAGE, clock.upperBinding().orElseThrow().kind());
        assertEquals(3258, clock.bounds().stream().filter(b -> b.kind() == BoundKind.DEVICE_SECTION)
                .mapToLong(OffsetBound::micros).min().getAsLong());
        assertFalse(clock.returnPath().used());
        assertEquals(new EvidenceReason.Postcopy(), clock.returnPath().reason());
    }

    /**
     * Destination 169.3 s behind. Upper, device ram: dst.log:3 {@code 1795653893.628623} - src.log:6
     * {@code 1795654062.927614} = -169298991 µs (handshake: 1795653893.600293 - 1795654062.899184 = -169298891).
     */
    @Test
    void skewedClocks() {
        ClockAlignment clock = align("precopy-skewed-clocks");
        assertEquals(Interval.atMost(-169_298_991), clock.offset());
        assertEquals(BoundKind.DEVICE_SECTION, clock.upperBinding().orElseThrow().kind());
        assertFalse(clock.returnPath().used());
    }

    /**
     * strict-destination-fires-50-10: the destination failed (dst.log:10, 1795654950.237836) and the source
     * printed {@code Sibling indicated error 1} (src.stderr:1, 2026-11-26T01:02:30.244582Z = 1795654950.244582):
     * lower bound 237836 - 244582 = -6746 µs. Upper, handshake: 1795654947.092553 - 1795654947.089917 = +2636 µs.
     */
    @Test
    void destinationErrorBoundsFromBelow() {
        ClockAlignment clock = align("strict-destination-fires-50-10");
        assertEquals(Interval.between(-6746, 2636), clock.offset());
        OffsetBound lower = clock.lowerBinding().orElseThrow();
        assertEquals(BoundKind.DESTINATION_ERROR, lower.kind());
        assertEquals(new LineRef(SampleMigrations.path("strict-destination-fires-50-10/src.stderr"), 1),
                lower.source().where());
        assertEquals(new EvidenceReason.NotApplicable(EvidenceReason.Missing.SRC_DOWNTIME_END), clock.returnPath().reason());
    }

    /**
     * Strict runs carry return-path: strict-completed-300-10 waited 1795654919.034389 -> .048624 = 14235 µs.
     * Lower: dst.log:40 1795654919.044983 - src.log:52 1795654919.048624 = -3641 µs; upper, handshake:
     * 1795654919.006063 - 1795654919.005477 = +586 µs.
     */
    @Test
    void strictRunWithReturnPath() {
        ClockAlignment clock = align("strict-completed-300-10");
        assertEquals(Interval.between(-3641, 586), clock.offset());
        assertTrue(clock.returnPath().used());
    }

    /**
     * The libvirt pair (sample-traces/libvirt-one-migration, one machine, so the true offset is 0):
     * libvirt connected the socket itself, so the destination became active (dst-host-guest-a.log:52,
     * 1795655134.240622) before the source QEMU entered setup (src-host-guest-a.log:103, 1795655134.241649):
     * handshake bound -1027 µs. The return path says offset > dst.log:106 1795655134.307400 - src.log:172
     * 1795655134.307760 = -360 µs (the source waited 1795655134.288006 -> .307760 = 19754 µs), which
     * contradicts the handshake by 667 µs: the handshake is dropped; the ram section bounds from above:
     * dst.log:53 1795655134.294499 - src.log:109 1795655134.285735 = +8764 µs.
     */
    @Test
    void handshakeDroppedWhenSomeoneElseConnected() {
        String src = SampleMigrations.path(SampleMigrations.LIBVIRT_SOURCE);
        String dst = SampleMigrations.path(SampleMigrations.LIBVIRT_DESTINATION);
        ClockAlignment clock = ClockAligner.align(SampleMigrations.libvirt(), AlignmentOptions.automatic());
        assertEquals(Interval.between(-360, 8764), clock.offset());
        assertTrue(clock.offset().contains(0));
        assertTrue(clock.returnPath().used());
        assertFalse(clock.handshake().used());
        // -360 - (-1027) = 667 µs; worded in report/words/ClockWordsTest
        EvidenceReason.ActiveBeforeSetup active = (EvidenceReason.ActiveBeforeSetup) clock.handshake().reason();
        assertEquals(667, active.earlierMicros());
        assertEquals(-1027, active.handshake().micros());
        assertEquals(new LineRef(dst, 52), active.handshake().destination().where());
        assertEquals(new LineRef(src, 103), active.handshake().source().where());
    }

    /** Forcing the handshake on the libvirt pair: offset < -1027 µs and > -360 µs contradict each other. */
    @Test
    void forcedHandshakeOnALibvirtPairIsInconsistent() {
        ClockAlignment clock = ClockAligner.align(SampleMigrations.libvirt(),
                new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.ON, OptionalLong.empty()));
        assertEquals(AlignmentQuality.INCONSISTENT, clock.quality());
        assertEquals(Interval.between(-360, -1027), clock.offset());
    }

    /** precopy-return-path with --return-path off: only the handshake's +871 µs remains. */
    @Test
    void returnPathForcedOff() {
        ClockAlignment clock = ClockAligner.align(SampleMigrations.only("precopy-return-path"),
                new AlignmentOptions(EvidenceSwitch.OFF, EvidenceSwitch.AUTO, OptionalLong.empty()));
        assertEquals(Interval.atMost(871), clock.offset());
        assertEquals(new EvidenceReason.Given(BoundKind.RETURN_PATH, EvidenceSwitch.OFF), clock.returnPath().reason());
    }

    @Test
    void withoutTimestampsNothingAligns() {
        ClockAlignment clock = align("precopy-no-timestamps");
        assertEquals(AlignmentQuality.NONE, clock.quality());
        assertEquals(Interval.unbounded(), clock.offset());
        assertEquals(List.of(new ClockNote.Untimed(Role.SOURCE)), clock.notes());
    }

    /** A given offset is used as is; one that breaks a causal bound is called out. */
    @Test
    void givenOffset() {
        MigrationPair pair = SampleMigrations.only("dst-stalled-400ms");
        ClockAlignment fine = ClockAligner.align(pair, options(0));
        assertEquals(AlignmentQuality.GIVEN, fine.quality());
        assertEquals(Interval.exactly(0), fine.offset());
        assertEquals(List.of(new ClockNote.OffsetGiven(0)), fine.notes());
        // +2 ms breaks the handshake bound (offset < +1.907 ms), an assumption taken automatically: the user's offset
        // wins and the note says so; the bounds that rest on no assumption (the device sections, 400 ms late) hold.
        ClockAlignment wrong = ClockAligner.align(pair, options(2000));
        assertEquals(new ClockNote.OffsetGiven(2000), wrong.notes().get(0));
        OffsetBound broken = ((ClockNote.GivenBreaksAssumption) wrong.notes().get(1)).bound();
        assertEquals(BoundKind.HANDSHAKE, broken.kind());
        assertEquals(1907, broken.micros());
        assertEquals(List.of(), wrong.conflicts());
    }

    /**
     * precopy-skewed-clocks: the load of ram (dst.log:3) ended 169.298991 s before, on the destination's clock, the
     * save of ram (src.log:6) ended on the source's: dst - src < -169.298991 s, whatever is assumed. An offset of 0 is
     * refused, naming the bound that its lines break; of the device bounds it breaks, the tightest (ram's).
     */
    @Test
    void aGivenOffsetTheDevicesRuleOutIsRefused() {
        ClockAlignment clock = ClockAligner.align(SampleMigrations.only("precopy-skewed-clocks"), options(0));
        assertEquals(1, clock.conflicts().size());
        AssumptionConflict conflict = clock.conflicts().get(0);
        assertEquals(AssumptionConflict.Assertion.CLOCK_OFFSET, conflict.assertion());
        assertEquals(BoundKind.DEVICE_SECTION, conflict.contradicted().kind());
        assertEquals(-169_298_991, conflict.contradicted().micros());
        assertEquals(OptionalLong.of(0), conflict.given());
        assertEquals(Optional.empty(), conflict.asserted());
        assertEquals("ram 0 (iterable)", conflict.contradicted().destination().what());
        assertEquals(new LineRef(SampleMigrations.path("precopy-skewed-clocks/dst.log"), 3), conflict.contradicted().destination().where());
        // within the bounds (the interval's middle): nothing refused
        long middle = align("precopy-skewed-clocks").estimate().getAsLong();
        assertEquals(List.of(), ClockAligner.align(SampleMigrations.only("precopy-skewed-clocks"), options(middle)).conflicts());
    }


    /** Forcing return-path on where there is none makes the bounds contradict each other. */
    @Test
    void forcedReturnPathCanBeInconsistent() {
        ClockAlignment clock = ClockAligner.align(SampleMigrations.only("dst-stalled-400ms"),
                new AlignmentOptions(EvidenceSwitch.ON, EvidenceSwitch.AUTO, OptionalLong.empty()));
        assertEquals(AlignmentQuality.INCONSISTENT, clock.quality());
        assertEquals(OptionalLong.empty(), clock.estimate());
        // The contradicting lower bound (+403147 µs) is no reason to drop the handshake.
        assertTrue(clock.handshake().used());
        // ...and the assertion is refused, naming the device bound it breaks
        AssumptionConflict conflict = clock.conflicts().get(0);
        assertEquals(AssumptionConflict.Assertion.RETURN_PATH_ON, conflict.assertion());
        assertEquals(BoundKind.RETURN_PATH, conflict.asserted().orElseThrow().kind());
        assertEquals(403_147, conflict.asserted().get().micros());
        assertEquals(BoundKind.DEVICE_SECTION, conflict.contradicted().kind());
    }

    private static AlignmentOptions options(long given) {
        return new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.AUTO, OptionalLong.of(given));
    }

    static ClockAlignment align(String name) {
        return ClockAligner.align(SampleMigrations.only(name), AlignmentOptions.automatic());
    }

    static long injectedOffsetMicros(String name) throws IOException {
        BigDecimal seconds = new ObjectMapper().readTree(SampleTraces.path(name + "/meta.json").toFile())
                .get("injected_dst_minus_src_offset_s").decimalValue();
        return seconds.movePointRight(6).longValueExact();
    }
}
