package io.downtime.strict;

import io.downtime.run.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sample-traces/dst-stalled-400ms (released QEMU, no RFC event: every counter phase possible): the
 * destination was stopped 400 ms at switchover, before it read anything.
 * <pre>
 * src.log:3  070.597297 src-downtime-start                          t0
 * src.log:7  070.598985 src-iterable-saved: the RFC sends here       1.688 ms -> source downtime 1 or 2
 * src.log:49 070.601373 save of globalstate (last save)              4.076 ms -> the source reads at most 5
 * dst.log:3  070.999213 load of ram (iterable): the destination reads the message right after it (estimated)
 * dst.log:35 071.004085 load of globalstate (last load)              4.872 ms after the read -> 4 or 5
 * dst.log:39 071.004555 dst-precopy-bh-vm-started
 * Clock: dst - src < +1.907 ms (one-sided: no return-path), so the read is at >= .999213 - 1.907 = .997306 on the
 * source's clock, and the blackout >= 071.004555 - 1.907 ms - 070.597297 = 405.351 ms.
 * </pre>
 */
class StalledDestinationReplayTest {

    /**
     * 300 + 10: the source reads at most 5, the destination at most 2 + 5 = 7, both far below 310: rfc cannot
     * fire, yet the guest was stopped at least 405.351 ms: missed a violation. Why: the stall lies between the
     * send (.598985) and the destination's read (>= .997306), at least 398.321 ms that the destination's sum never
     * counts (it adds only the 1 or 2 ms sent); the 0.470 ms after its last load (.004085 -> .004555) it cannot see
     * either.
     */
    @Test
    void rfcMissesTheStallBeforeTheRead() {
        PolicyVerdict rfc = Replays.replay("dst-stalled-400ms", Policies.RFC, 300, 10);
        assertEquals(Certainty.CANNOT_FIRE, rfc.outcome().fired());
        assertEquals(Set.of(VerdictClass.MISSED_VIOLATION), rfc.outcome().classes());
        assertEquals(405_351, rfc.judgedAgainst().low().getAsLong());
        assertTrue(rfc.judgedAgainst().high().isEmpty());
        Unseen socket = rfc.unseen().get(0);
        assertEquals(Unseen.Stretch.SEND_TO_READ, socket.stretch());
        assertEquals(398_321, socket.micros().bounds().low().getAsLong());
        assertTrue(socket.micros().bounds().high().isEmpty());
        // last load .004085 -> dst-precopy-loadvm-completed .004102 -> vm-started .004555
        assertEquals(17, rfc.unseen().get(1).micros().value().getAsLong());
        assertEquals(453, rfc.unseen().get(2).micros().value().getAsLong());
        Check lastDestination = rfc.checks().stream().filter(c -> c.event().host() == Role.DESTINATION)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(35, lastDestination.event().where().line());
        assertEquals(Perceived.counterMs(5, 7), lastDestination.perceived());
        assertEquals(MessageReceipt.Basis.LAST_ITERABLE_LOAD, Replays.switchover("dst-stalled-400ms").receipt().orElseThrow().basis());
    }

    /**
     * total at 300 ms: the blackout (>= 405.351 ms) exceeds it, so it fires, rightly. The first event certainly past
     * 300 ms is the destination's load of ram (dst.log:3) at >= .999213 - 1.907 ms - .597297 = 400.009 ms; the one
     * before, src-non-iterable-saved (src.log:50) at 4.105 ms.
     */
    @Test
    void totalFiresAtTheFirstEventPastTheLimit() {
        PolicyVerdict total = Replays.replay("dst-stalled-400ms", Policies.TOTAL, 300, 10);
        assertEquals(Certainty.FIRES, total.outcome().fired());
        assertEquals(Set.of(VerdictClass.FIRED_RIGHTLY), total.outcome().classes());
        Firing first = total.first().orElseThrow();
        assertEquals(Role.DESTINATION, first.at().host());
        assertEquals(3, first.at().where().line());
        assertEquals(400_009, first.sinceStart().bounds().low().getAsLong());
        PolicyNote.LimitRanOut ranOut = (PolicyNote.LimitRanOut) total.notes().get(0);
        assertEquals(300_000, ranOut.limitMicros());
        assertEquals("src-non-iterable-saved", ranOut.before().site().name());
        assertEquals(50, ranOut.before().where().line());
        assertEquals(first.at(), ranOut.at());
    }

    /**
     * rfc at 2 + 1 = 3 ms fires on the source for every phase. The source's start sits at position
     * f = (597297 + p) mod 1000 in its millisecond, and a check at elapsed e reads floor((f + e)/1000).
     * <pre>
     * src.log:22 mc146818rtc   .599246  e = 1.949 -> reads 1 or 2: never 3
     * src.log:23 ICH9LPC       .599608  e = 2.311 -> 3 iff f >= 689 iff p in 392..702
     * src.log:45 smbus-eeprom7 .600104  e = 2.807 -> 3 iff f >= 193
     * src.log:46 01.0/virtio-net .600741 e = 3.444 -> at least 3 for every phase
     * </pre>
     * So the earliest firing is after ICH9LPC (phases 392-702), the latest after 0000:00:01.0/virtio-net (f < 193,
     * phases 703-895); the guest resumes on the source: fired rightly (>= 405.351 ms > 3 ms).
     */
    @Test
    void smallLimitsFireOnTheSourceAtANamedDevice() {
        PolicyVerdict rfc = Replays.replay("dst-stalled-400ms", Policies.RFC, 2, 1);
        assertEquals(Certainty.FIRES, rfc.outcome().fired());
        assertEquals(Set.of(VerdictClass.FIRED_RIGHTLY), rfc.outcome().classes());
        assertTrue(rfc.scenarios().stream().allMatch(s -> s.first().orElseThrow().at().host() == Role.SOURCE));
        Scenario earliest = rfc.scenarios().get(0);
        assertEquals("save of 0000:00:1f.0/ICH9LPC 0", earliest.first().orElseThrow().at().site().label());
        assertEquals(PhaseSet.of(p -> p >= 392 && p <= 702), earliest.sourcePhases());
        Scenario latest = rfc.scenarios().get(rfc.scenarios().size() - 1);
        assertEquals("save of 0000:00:01.0/virtio-net 0", latest.first().orElseThrow().at().site().label());
        assertEquals(PhaseSet.of(p -> p >= 703 && p <= 895), latest.sourcePhases());
        assertEquals(Consequence.RESUMES_ON_SOURCE, latest.first().orElseThrow().consequence());
        // every source phase is in exactly one scenario
        assertEquals(PhaseSet.PHASES, rfc.scenarios().stream().mapToInt(s -> s.sourcePhases().size()).sum());
    }
}
