package io.downtime.strict;

import io.downtime.run.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four real runs of a QEMU build carrying the RFC (sample-traces/strict-*): replayed at the limits
 * they were recorded with, the replay must do what really happened. Counter phases: a host's counter
 * reads floor((t + phase) / 1000) at wall-clock µs t, so a reading between two trace times t0 < t is
 * (floor(t/1000) + [phase >= 1000 - t mod 1000]) - (floor(t0/1000) + [phase >= 1000 - t0 mod 1000]).
 */
class RecordedStrictRunsTest {

    /**
     * strict-source-fires-first-5-1, recorded with 5 + 1 = 6 ms.
     * <pre>
     * src.log:3  919.574357 src-downtime-start                              t0
     * src.log:8  919.575989 qemu_savevm_send_downtime ... source downtime=2
     *            reading = 1 + [p >= 11] - [p >= 643] = 2  iff  11 <= p < 643
     * src.log:73 919.579676 save 0000:00:03.0/e1000e;  src.stderr:11 "Downtime Limit of 5 ms exceeded by 1 ms": reading 6
     *            reading = 5 + [p >= 324] - [p >= 643] = 6  iff  324 <= p < 643      -> source phase 324-642 (319 phases)
     *            (every earlier save reads at most 5 < 6: no further narrowing; 0000:00:02.0/virtio-net at .578900 reads 4 or 5)
     * dst.log:4  919.578223 loadvm_handle_src_downtime ... source downtime=2  r
     * dst.log:57 919.581539 load 0000:00:01.0/virtio-net; dst.log:58 qemu_loadvm_downtime_abort ... destination downtime=4
     *            reading = 3 + [q >= 461] - [q >= 777] = 4  iff  461 <= q < 777
     * dst.log:56 919.581304 load 0000:00:1f.3/ich9_smb did not fire: 2 + reading < 6
     *            reading = 3 + [q >= 696] - [q >= 777] <= 3  iff  q < 696 or q >= 777  -> destination phase 461-695 (235)
     * Which first: the source at 5.319 ms; the destination's check at .581539 on its clock, and dst - src < +846 µs
     * (handshake: dst active .555773 - src setup .554927), so at > .580693 on the source's clock: 6.336 ms. Source first;
     * 01.0/virtio-net was saved (src.log:71, .578506) before the source fired, so the destination still fires after it.
     * </pre>
     */
    @Test
    void sourceFiresFirstThenTheDestination() {
        Switchover run = Replays.switchover("strict-source-fires-first-5-1");
        assertEquals(PhaseSet.of(p -> p >= 324 && p < 643), run.phases().source());
        assertEquals(PhaseSet.of(q -> q >= 461 && q < 696), run.phases().destination());

        PolicyVerdict rfc = Policies.RFC.replay(run, new Limits(5, 1), ReplayOptions.defaults());
        assertEquals(Certainty.FIRES, rfc.outcome().fired());
        assertEquals(1, rfc.scenarios().size());
        Scenario scenario = rfc.scenarios().get(0);
        assertEquals(Scenario.Order.SOURCE_FIRST, scenario.order());
        Firing source = scenario.first().orElseThrow();
        assertEquals(Role.SOURCE, source.at().host());
        assertEquals("save of 0000:00:03.0/e1000e 0", source.at().site().label());
        assertEquals(73, source.at().where().line());
        assertEquals(5_319, source.sinceStart().value().getAsLong());
        assertEquals(Perceived.counterMs(6, 6), source.perceived());
        Firing destination = scenario.then().orElseThrow();
        assertEquals("load of 0000:00:01.0/virtio-net 0", destination.at().site().label());
        assertEquals(57, destination.at().where().line());
        // source downtime 2 + destination downtime 4
        assertEquals(Perceived.counterMs(6, 6), destination.perceived());
        assertEquals(6_336, destination.sinceStart().bounds().low().getAsLong());

        RecordComparison comparison = rfc.recorded().orElseThrow();
        assertTrue(comparison.comparable());
        assertTrue(comparison.agrees(), comparison.toString());
        // cut short: at least until the destination's last load, 6.336 ms > 6: the abort was right
        assertEquals(JudgedBlackout.Kind.CUT_SHORT, rfc.judgedAgainst().kind());
        assertEquals(6_336, rfc.judgedAgainst().low().getAsLong());
        assertEquals(Set.of(VerdictClass.FIRED_RIGHTLY), rfc.outcome().classes());
    }

    /**
     * strict-destination-fires-50-10, recorded with 50 + 10 = 60 ms.
     * <pre>
     * src.log:3  950.096522 src-downtime-start
     * src.log:8  950.096902 qemu_savevm_send_downtime ... source downtime=0
     *            reading = 0 + [p >= 98] - [p >= 478] = 0  iff  p < 98 or p >= 478      -> source phase 0-97, 478-999
     *            the source's last save (before src-non-iterable-saved at .099804) reads at most 4 < 60: it never fires
     * dst.log:4  950.117095 loadvm_handle_src_downtime ... source downtime=0
     * dst.log:7  950.237465 load cpu_common (downtime=120355: the 120 ms stop after the read); dst.log:8 abort, destination downtime=121
     *            reading = 120 + [q >= 535] - [q >= 905] = 121  iff  535 <= q < 905       -> destination phase 535-904
     *            the two loads before (timer .117102, slirp .117107) read 0 or 1: 0 + 1 < 60
     * The blackout it would have had: at least until cpu_common's load, .237465 - 2.636 ms (dst - src < +2.636 ms)
     * - .096522 = 138.307 ms > 60: fired rightly.
     * </pre>
     */
    @Test
    void destinationFiresAtCpuCommonWithDestinationDowntime121() {
        Switchover run = Replays.switchover("strict-destination-fires-50-10");
        assertEquals(PhaseSet.of(p -> p < 98 || p >= 478), run.phases().source());
        assertEquals(PhaseSet.of(q -> q >= 535 && q < 905), run.phases().destination());
        PolicyVerdict rfc = Policies.RFC.replay(run, new Limits(50, 10), ReplayOptions.defaults());
        assertEquals(Certainty.FIRES, rfc.outcome().fired());
        Firing first = rfc.first().orElseThrow();
        assertEquals(Role.DESTINATION, first.at().host());
        assertEquals("load of cpu_common 0", first.at().site().label());
        assertEquals(Perceived.counterMs(121, 121), first.perceived());
        assertTrue(rfc.scenarios().stream().allMatch(s -> s.then().isEmpty() && s.order() == Scenario.Order.ONE_HOST));
        assertTrue(rfc.recorded().orElseThrow().agrees());
        assertEquals(138_307, rfc.judgedAgainst().low().getAsLong());
        assertEquals(Set.of(VerdictClass.FIRED_RIGHTLY), rfc.outcome().classes());
    }

    /**
     * strict-missed-62ms-blackout-8-2, recorded with 8 + 2 = 10 ms: nothing fired although the guest was
     * stopped about 62 ms.
     * <pre>
     * src.log:3  920.950110 src-downtime-start;  src.log:8 .950587 send, source downtime=1
     *            reading = 0 + [p >= 413] - [p >= 890] = 1  iff  413 <= p < 890
     *            last save before src-non-iterable-saved (.952290): at most 3 < 10
     * dst.log:4  920.988985 read, source downtime=1;  last load globalstate (dst.log:36) .995639: 6.654 ms -> 6 or 7; 1 + 7 < 10
     * dst.log:40 921.012466 dst-precopy-bh-vm-started. Offset between -212 µs and +1.094 ms (two-sided), so the blackout
     *            is .012466 - offset - .950110: between 61.262 and 62.568 ms > 10: missed a violation.
     * Unseen: send .950587 to read .988985 - offset: between 37.304 and 38.610 ms (37.957 ±0.653);
     *         last load .995639 -> dst-precopy-loadvm-completed .995648: 9 µs; -> vm-started .012466: 16.818 ms.
     * </pre>
     */
    @Test
    void nothingFiresAlthoughTheGuestWasStopped62ms() {
        Switchover run = Replays.switchover("strict-missed-62ms-blackout-8-2");
        assertEquals(PhaseSet.of(p -> p >= 413 && p < 890), run.phases().source());
        assertTrue(run.phases().destination().isAll());
        PolicyVerdict rfc = Policies.RFC.replay(run, new Limits(8, 2), ReplayOptions.defaults());
        assertEquals(Certainty.CANNOT_FIRE, rfc.outcome().fired());
        assertEquals(Set.of(VerdictClass.MISSED_VIOLATION), rfc.outcome().classes());
        assertEquals(61_262, rfc.judgedAgainst().low().getAsLong());
        assertEquals(62_568, rfc.judgedAgainst().high().getAsLong());
        assertTrue(rfc.recorded().orElseThrow().agrees());
        assertEquals(37_304, rfc.unseen().get(0).micros().bounds().low().getAsLong());
        assertEquals(38_610, rfc.unseen().get(0).micros().bounds().high().getAsLong());
        assertEquals(9, rfc.unseen().get(1).micros().value().getAsLong());
        assertEquals(16_818, rfc.unseen().get(2).micros().value().getAsLong());
        // destination margin: 10 - (1 + 6..7) = 2..3 ms
        Margin destination = rfc.margins().stream().filter(m -> m.host() == Role.DESTINATION).findFirst().orElseThrow();
        assertEquals(2_000, destination.leastMicros());
        assertEquals(3_000, destination.mostMicros());
    }

    /**
     * strict-completed-300-10, recorded with 300 + 10 = 310 ms, completed.
     * <pre>
     * src.log:3 919.026977 src-downtime-start; src.log:8 .032916 send, source downtime=6
     *           reading = 6 + [p >= 84] - [p >= 23] = 6  iff  p < 23 or p >= 84
     * blackout between 17.420 and 21.647 ms (analyzer report) < 310: rightly silent.
     * </pre>
     */
    @Test
    void completedRunStaysSilent() {
        Switchover run = Replays.switchover("strict-completed-300-10");
        assertEquals(PhaseSet.of(p -> p < 23 || p >= 84), run.phases().source());
        PolicyVerdict rfc = Policies.RFC.replay(run, new Limits(300, 10), ReplayOptions.defaults());
        assertEquals(Certainty.CANNOT_FIRE, rfc.outcome().fired());
        assertEquals(Set.of(VerdictClass.RIGHTLY_SILENT), rfc.outcome().classes());
        assertTrue(rfc.recorded().orElseThrow().agrees());
    }

    @Test
    void otherLimitsAreAWhatIfNotAComparison() {
        PolicyVerdict rfc = Replays.replay("strict-source-fires-first-5-1", Policies.RFC, 300, 10);
        RecordComparison comparison = rfc.recorded().orElseThrow();
        assertFalse(comparison.comparable());
        // the recorded values still narrow the phases; at 310 ms nothing can fire (source 6, destination 2 + 4)
        assertEquals(Certainty.CANNOT_FIRE, rfc.outcome().fired());
        // cut short at >= 6.336 ms: whether 310 ms would have been exceeded is unknown
        assertEquals(Set.of(VerdictClass.MISSED_VIOLATION, VerdictClass.RIGHTLY_SILENT), rfc.outcome().classes());
    }
}
