package io.downtime.report.words;

import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.ClockAligner;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.EvidenceSwitch;
import io.downtime.runset.CaseInput;
import io.downtime.runset.CaseReader;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clock alignment's sentences on the real samples. The values are those of the lines quoted above each test
 * ({@code seconds.microseconds} of the log prefix; a bound is {@code t_dst - t_src}); which bound binds and whether an
 * assumption is used is clock/ClockAlignmentTest's, from the same lines.
 */
class ClockWordsTest {
    private static final String STALLED_SRC = SampleMigrations.path("dst-stalled-400ms/src.log");
    private static final String STALLED_DST = SampleMigrations.path("dst-stalled-400ms/dst.log");

    /**
     * dst-stalled-400ms, handshake: dst.log:2 {@code 5994@1795654070.567778:migrate_set_state new state active} -
     * src.log:1 {@code 5993@1795654070.565871:migrate_set_state new state setup} = +1907 µs, an upper bound.
     */
    @Test
    void theHandshakeBound() {
        ClockAlignment clock = align("dst-stalled-400ms", AlignmentOptions.automatic());
        assertEquals("dst - src < +1.907 ms: the destination became active, accepting the connection (" + STALLED_DST
                + ":2), after the source entered setup, before connecting (" + STALLED_SRC + ":1)",
                ClockWords.bound(clock.upperBinding().orElseThrow()));
    }

    /**
     * dst-stalled-400ms: return-path would need dst.log:39 dst-precopy-bh-vm-started 1795654071.004555 - src.log:51
     * src-downtime-end 1795654070.601408 = +403147 µs as a lower bound, yet the ram section says dst.log:3
     * 1795654070.999213 - src.log:6 1795654070.598977 = +400236 µs as an upper one.
     */
    @Test
    void noReturnPathWhenTheEndCameBeforeTheGuestStart() {
        ClockAlignment clock = align("dst-stalled-400ms", AlignmentOptions.automatic());
        assertEquals("no return-path: src-downtime-end (" + STALLED_SRC
                + ":51) came before the destination could have started its guest (waiting for it would need"
                + " dst - src > +403.147 ms, yet dst - src < +400.236 ms: the destination finished loading ram 0"
                + " (iterable) (" + STALLED_DST + ":3) after the source finished"
                + " saving it (" + STALLED_SRC + ":6))", ClockWords.reason(clock.returnPath().reason()));
    }

    /**
     * precopy-return-path: src.log:50 src-non-iterable-saved 1795654227.830509 -> src.log:51 src-downtime-end
     * 1795654227.840491 = 9982 µs, above the 1 ms that counts as a wait.
     */
    @Test
    void aMeasuredWait() {
        ClockAlignment clock = align("precopy-return-path", AlignmentOptions.automatic());
        assertEquals("return-path: src-downtime-end followed src-non-iterable-saved by 9.982 ms, a wait for the"
                + " destination, and the destination's guest start fits in it", ClockWords.reason(clock.returnPath().reason()));
    }

    /**
     * The summary of each quality. dst-stalled-400ms: the handshake's +1907 µs (above) is the only bound, from above.
     * precopy-return-path: from below the return path, dst.log:39 dst-precopy-bh-vm-started 1795654227.838732 -
     * src.log:51 src-downtime-end 1795654227.840491 = -1759 µs; from above the handshake, dst.log:2 active
     * 1795654225.031638 - src.log:1 setup 1795654225.030767 = +871 µs. precopy-no-timestamps: no time, no bound.
     * libvirt-one-migration with --handshake on: > -360 µs (return path) and < -1027 µs (handshake) contradict.
     */
    @Test
    void summaries() {
        assertEquals("dst - src < +1.907 ms (one-sided)",
                ClockWords.summary(align("dst-stalled-400ms", AlignmentOptions.automatic())));
        assertEquals("dst - src between -1.759 ms and +871 µs (two-sided)",
                ClockWords.summary(align("precopy-return-path", AlignmentOptions.automatic())));
        assertEquals("dst - src = +0 µs (given)", ClockWords.summary(align("dst-stalled-400ms", given(0))));
        assertEquals("dst - src unknown (none)",
                ClockWords.summary(align("precopy-no-timestamps", AlignmentOptions.automatic())));
        assertEquals("dst - src between -360 µs and -1.027 ms (inconsistent)", ClockWords.summary(ClockAligner.align(
                SampleMigrations.libvirt(), new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.ON, OptionalLong.empty()))));
    }

    @Test
    void postcopyAndMissingLinesAndGivenChoices() {
        assertEquals("postcopy: src-downtime-end marks the switch to postcopy and does not wait for the destination",
                ClockWords.reason(align("postcopy-random-ram", AlignmentOptions.automatic()).returnPath().reason()));
        // strict-destination-fires-50-10: the destination failed before the switchover, no src-downtime-end
        assertEquals("not applicable: no src-downtime-end",
                ClockWords.reason(align("strict-destination-fires-50-10", AlignmentOptions.automatic()).returnPath().reason()));
        assertEquals("given with --return-path off: src-downtime-end does not wait for the destination",
                ClockWords.reason(align("precopy-return-path",
                        new AlignmentOptions(EvidenceSwitch.OFF, EvidenceSwitch.AUTO, OptionalLong.empty())).returnPath().reason()));
        assertEquals("given with --handshake on: the source QEMU opened the connection",
                ClockWords.reason(align("precopy-return-path",
                        new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.ON, OptionalLong.empty())).handshake().reason()));
    }

    /**
     * libvirt-one-migration: the destination became active (dst-host-guest-a.log:52, 1795655134.240622) before the
     * source QEMU entered setup (src-host-guest-a.log:103, 1795655134.241649): handshake bound -1027 µs; the return
     * path says offset > -360 µs (dst.log:106 1795655134.307400 - src.log:172 1795655134.307760), so the destination
     * was active at least -360 - (-1027) = 667 µs before the source's setup.
     */
    @Test
    void theHandshakeUnderLibvirt() {
        String src = SampleMigrations.path(SampleMigrations.LIBVIRT_SOURCE);
        String dst = SampleMigrations.path(SampleMigrations.LIBVIRT_DESTINATION);
        ClockAlignment clock = ClockAligner.align(SampleMigrations.libvirt(), AlignmentOptions.automatic());
        assertEquals("not used: on any offset the destination-to-source evidence allows, the destination became"
                + " active (" + dst + ":52) at least 667 µs before the source entered setup (" + src + ":103), so the"
                + " source QEMU did not open the connection itself (libvirt hands QEMU a connected socket)",
                ClockWords.reason(clock.handshake().reason()));
        assertEquals(List.of("libvirt ran this migration: the handshake bound is off for libvirt migrations (libvirt"
                + " connects the migration socket itself), so the interval rests on the device sections and the return"
                + " path alone and is wider than for a migration QEMU connected itself"),
                clock.notes().stream().map(ClockWords::note).toList());
        // Without the return path nothing contradicts the handshake: it is off only because libvirt ran the migration.
        ClockAlignment off = ClockAligner.align(SampleMigrations.libvirt(),
                new AlignmentOptions(EvidenceSwitch.OFF, EvidenceSwitch.AUTO, OptionalLong.empty()));
        assertEquals("not used: libvirt ran this migration and opens the connection itself, handing QEMU a connected"
                + " socket, so the destination's active need not follow the source's setup (say --handshake on to use"
                + " it anyway)", ClockWords.reason(off.handshake().reason()));
    }

    @Test
    void notes() {
        assertEquals(List.of("the source's trace lines carry no timestamps (QEMU ran with -msg timestamp=off):"
                + " neither the order of events across hosts nor the time between them can be known"),
                notes(align("precopy-no-timestamps", AlignmentOptions.automatic())));
        assertEquals(List.of("the offset was given (--clock-offset +0 µs)"), notes(align("dst-stalled-400ms", given(0))));
        // +2 ms breaks the handshake bound (+1907 µs above), an assumption taken automatically: the user's offset wins
        List<String> wrong = notes(align("dst-stalled-400ms", given(2000)));
        assertEquals(List.of("the offset was given (--clock-offset +2 ms)", "the given offset does not fit the"
                + " handshake assumption, taken automatically, which is not used: dst - src < +1.907 ms: the destination"
                + " became active, accepting the connection (" + STALLED_DST + ":2), after the source entered setup,"
                + " before connecting (" + STALLED_SRC + ":1)"), wrong);
    }

    /**
     * --return-path on for dst-stalled-400ms: the lower bound +403147 µs (dst.log:39 - src.log:51, above) lies above
     * the handshake's +1907 µs (dst.log:2 - src.log:1): the bounds contradict each other.
     */
    @Test
    void contradictingBounds() {
        ClockAlignment clock = align("dst-stalled-400ms",
                new AlignmentOptions(EvidenceSwitch.ON, EvidenceSwitch.AUTO, OptionalLong.empty()));
        assertEquals(List.of("the bounds contradict each other (dst - src > +403.147 ms: the source's src-downtime-end ("
                + STALLED_SRC + ":51) waited for the destination's dst-precopy-bh-vm-started (" + STALLED_DST + ":39)"
                + " over the return path; dst - src < +1.907 ms: the destination became active, accepting the connection ("
                + STALLED_DST + ":2), after the source entered setup, before connecting (" + STALLED_SRC + ":1)): an"
                + " assumption behind one of them does not hold here (see --return-path, --handshake), or give the"
                + " offset with --clock-offset"), notes(clock));
    }

    /**
     * precopy-skewed-clocks with --clock-offset 0: ram's save ended at src.log:6 1795654062.927614, its load at
     * dst.log:3 1795653893.628623, so dst - src < 1795653893.628623 - 1795654062.927614 = -169.298991 s, which 0
     * breaks. The run set refuses the migration with the same sentence, naming it.
     */
    @Test
    void aRefusedOffset() {
        String src = SampleMigrations.path("precopy-skewed-clocks/src.log");
        String dst = SampleMigrations.path("precopy-skewed-clocks/dst.log");
        String sentence = "--clock-offset +0 µs contradicts the trace: dst - src < -169.298991 s: the destination finished"
                + " loading ram 0 (iterable) (" + dst + ":3) after the source finished saving it (" + src + ":6)";
        ClockAlignment clock = align("precopy-skewed-clocks", given(0));
        assertEquals(List.of(sentence), clock.conflicts().stream().map(ClockWords::conflict).toList());
        CaseReader.Read read = CaseReader.read(new CaseInput("", "skewed", List.of(SampleMigrations.casePath(
                "precopy-skewed-clocks"))), given(0), diagnostic -> { });
        assertEquals(List.of(), read.migrations());
        assertEquals(List.of("skewed: " + sentence), ProblemWords.all(read.problems()));
    }

    /** --return-path on for dst-stalled-400ms stands for the +403147 µs bound, which ram's +400236 µs contradicts. */
    @Test
    void aRefusedAssumption() {
        ClockAlignment clock = align("dst-stalled-400ms",
                new AlignmentOptions(EvidenceSwitch.ON, EvidenceSwitch.AUTO, OptionalLong.empty()));
        assertEquals("--return-path on, which stands for dst - src > +403.147 ms: the source's src-downtime-end ("
                + STALLED_SRC + ":51) waited for the destination's dst-precopy-bh-vm-started (" + STALLED_DST + ":39) over"
                + " the return path, contradicts the trace: dst - src < +400.236 ms: the destination finished loading ram 0"
                + " (iterable) (" + STALLED_DST + ":3) after the source finished saving it (" + STALLED_SRC + ":6)",
                ClockWords.conflict(clock.conflicts().get(0)));
        assertTrue(clock.conflicts().size() == 1, clock.conflicts().toString());
    }

    private static ClockAlignment align(String sample, AlignmentOptions options) {
        return ClockAligner.align(SampleMigrations.only(sample), options);
    }

    private static AlignmentOptions given(long micros) {
        return new AlignmentOptions(EvidenceSwitch.AUTO, EvidenceSwitch.AUTO, OptionalLong.of(micros));
    }

    private static List<String> notes(ClockAlignment clock) {
        return clock.notes().stream().map(ClockWords::note).toList();
    }
}
