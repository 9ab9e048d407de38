package io.downtime.strict;

import io.downtime.run.Role;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** total and source-ack, derived by hand on real samples. */
class OtherPoliciesTest {

    /**
     * strict-missed-62ms-blackout-8-2 under source-ack at 8 + 2 = 10 ms. The offset lies between -212 µs and
     * +1.094 ms: 1.306 ms wide, the round trip estimate; the request reaches the source half of it, 653 µs, after
     * dst-precopy-bh-vm-started, so 61.262 + 0.653 = 61.915 to 62.568 + 0.653 = 63.221 ms after the start. The
     * recorded source downtime=1 at the send narrowed the source phase to 413-889, where the start sits at
     * f = (950110 + p) mod 1000 = 523..999 in its millisecond; readings floor((f + e)/1000) = 62 (523 + 61915)
     * to 64 (999 + 63221), all >= 10: it fires, and the guest, stopped 62.568 to 63.874 ms with the round trip,
     * would have exceeded 10 ms: fired rightly.
     */
    @Test
    void sourceAckSeesTheDestinationsWholeLoad() {
        PolicyVerdict verdict = Replays.replay("strict-missed-62ms-blackout-8-2", Policies.SOURCE_ACK, 8, 2);
        assertEquals(Certainty.FIRES, verdict.outcome().fired());
        assertEquals(Set.of(VerdictClass.FIRED_RIGHTLY), verdict.outcome().classes());
        Check request = verdict.checks().get(verdict.checks().size() - 1);
        assertEquals(CheckSite.Kind.ACK_REQUEST, request.event().site().kind());
        assertEquals(61_915, request.sinceStart().bounds().low().getAsLong());
        assertEquals(63_221, request.sinceStart().bounds().high().getAsLong());
        assertEquals(Perceived.counterMs(62, 64), request.perceived());
        assertEquals(62_568, verdict.judgedAgainst().low().getAsLong());
        assertEquals(63_874, verdict.judgedAgainst().high().getAsLong());
        RoundTrip roundTrip = ((PolicyNote.RoundTripTaken) verdict.notes().get(0)).roundTrip();
        assertEquals(1_306, roundTrip.micros());
        assertEquals(RoundTrip.Basis.ESTIMATED, roundTrip.basis());
        assertEquals(653, verdict.unseen().get(0).micros().value().getAsLong());
    }

    /** The same with --rtt 0: the request is the guest start itself; the blackout is the recorded one. */
    @Test
    void givenRoundTrip() {
        PolicyVerdict verdict = StrictReplay.replay(Replays.aligned("strict-missed-62ms-blackout-8-2"), Policies.SOURCE_ACK,
                new Limits(8, 2), new ReplayOptions(OptionalLong.of(0)));
        assertEquals(61_262, verdict.judgedAgainst().low().getAsLong());
        RoundTrip roundTrip = ((PolicyNote.RoundTripTaken) verdict.notes().get(0)).roundTrip();
        assertEquals(new RoundTrip(0, RoundTrip.Basis.GIVEN, Optional.empty()), roundTrip);
    }

    /**
     * strict-completed-300-10 under total at 20 ms: the blackout lies between 17.420 and 21.647 ms, so it may
     * exceed 20 ms or not; total fires exactly when it does: fired rightly or rightly silent, never needless or
     * missed. At 17 ms it certainly fires; at 22 ms it cannot.
     */
    @Test
    void totalFollowsTheBlackout() {
        PolicyVerdict maybe = Replays.replay("strict-completed-300-10", Policies.TOTAL, 20, 0);
        assertEquals(Certainty.MAY_FIRE, maybe.outcome().fired());
        assertEquals(Set.of(VerdictClass.FIRED_RIGHTLY, VerdictClass.RIGHTLY_SILENT), maybe.outcome().classes());
        assertEquals(Certainty.FIRES, Replays.replay("strict-completed-300-10", Policies.TOTAL, 17, 0).outcome().fired());
        PolicyVerdict silent = Replays.replay("strict-completed-300-10", Policies.TOTAL, 22, 0);
        assertEquals(Certainty.CANNOT_FIRE, silent.outcome().fired());
        // margin: 22 - 21.647 = 0.353 ms at least, 22 - 17.420 = 4.580 ms at most
        Margin margin = silent.margins().get(0);
        assertEquals(353, margin.leastMicros());
        assertEquals(4_580, margin.mostMicros());
        assertEquals(Role.DESTINATION, margin.host());
    }

    @Test
    void untimedRunsAreNotReplayed() {
        PolicyVerdict verdict = Replays.replay("precopy-no-timestamps", Policies.RFC, 300, 10);
        assertEquals(Optional.of(Unreplayable.UNTIMED), verdict.unreplayable());
        assertTrue(verdict.checks().isEmpty());
    }
}
