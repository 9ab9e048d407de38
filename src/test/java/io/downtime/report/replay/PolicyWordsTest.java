package io.downtime.report.replay;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.strict.Consequence;
import io.downtime.strict.Firing;
import io.downtime.strict.Limits;
import io.downtime.strict.Policies;
import io.downtime.strict.Policy;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.StrictReplay;
import io.downtime.strict.Switchover;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A policy verdict's words (notes, unseen time, the blackout judged on, the round trip) on the real samples. */
class PolicyWordsTest {

    private static PolicyVerdict replay(String sample, Policy policy, Limits limits, ReplayOptions options) {
        AlignedMigration aligned = AlignedMigration.align(SampleMigrations.only(sample), AlignmentOptions.automatic());
        return StrictReplay.replay(aligned, policy, limits, options);
    }

    private static PolicyVerdict replay(String sample, Policy policy, long downtimeLimit, long switchoverLimit) {
        return replay(sample, policy, new Limits(downtimeLimit, switchoverLimit), ReplayOptions.defaults());
    }

    private static String cut(String sample, String sentence) {
        return sentence.replace(SampleMigrations.path(sample) + "/", "");
    }

    /**
     * dst-stalled-400ms at 300 + 10 under rfc: the stall lies between the send and the destination's read; then its
     * last load (.004085), dst-precopy-loadvm-completed (dst.log:36, .004102) and dst-precopy-bh-vm-started
     * (dst.log:39, .004555) name the two stretches after the last check. The guest started: the blackout judged on is
     * the report's.
     */
    @Test
    void theTimeRfcCannotSeeAndTheBlackoutItIsJudgedOn() {
        PolicyVerdict rfc = replay("dst-stalled-400ms", Policies.RFC, 300, 10);
        assertEquals(List.of("send to the destination's read (in the socket, or the destination not reading)",
                        "the destination's last check to dst-precopy-loadvm-completed",
                        "dst-precopy-loadvm-completed to dst-precopy-bh-vm-started (announce, VM start)"),
                rfc.unseen().stream().map(PolicyWords::unseen).toList());
        assertEquals("the guest was stopped from src-downtime-start to dst-*-vm-started (analyzer report's blackout)",
                PolicyWords.blackoutBasis(rfc.judgedAgainst()));
        assertEquals("", PolicyWords.rule("no-such-policy"));
    }

    /**
     * The same run under total at 300 ms: src-downtime-start .597297 (src.log:3); src-non-iterable-saved (src.log:50)
     * at .601402, 4.105 ms in; the next event is the destination's load of ram (dst.log:3) at >= 400.009 ms: the limit
     * ran out between the two.
     */
    @Test
    void whereTotalsLimitRanOut() {
        String sample = "dst-stalled-400ms";
        PolicyVerdict total = replay(sample, Policies.TOTAL, 300, 10);
        assertEquals("the limit ran out 300 ms after src-downtime-start, between the source's src-non-iterable-saved"
                + " (src.log:50) and the destination's load of ram 0 (iterable) (dst.log:3)",
                cut(sample, PolicyWords.note(total.notes().get(0))));
    }

    /**
     * source-ack's round trip: dst-stalled-400ms aligns one-sided (dst - src < +1.907 ms), so 1 ms is assumed and
     * added to the blackout; strict-missed-62ms-blackout-8-2 aligns two-sided, -212 µs to +1.094 ms: 1.306 ms wide.
     */
    @Test
    void theRoundTripSourceAckWaitsFor() {
        PolicyVerdict assumed = replay("dst-stalled-400ms", Policies.SOURCE_ACK, 300, 10);
        assertEquals("round trip 1 ms: assumed 1 ms: the clock alignment is one-sided, so no round trip was observed"
                + " (give --rtt)", PolicyWords.note(assumed.notes().get(0)));
        assertEquals("the guest was stopped from src-downtime-start to dst-*-vm-started (analyzer report's blackout);"
                + " plus the round trip the destination waits for the answer (1 ms)",
                PolicyWords.blackoutBasis(assumed.judgedAgainst()));
        assertEquals(List.of("the answer's way back to the destination (half the round trip)"),
                assumed.unseen().stream().map(PolicyWords::unseen).toList());

        PolicyVerdict estimated = replay("strict-missed-62ms-blackout-8-2", Policies.SOURCE_ACK, 8, 2);
        assertEquals("round trip 1.306 ms: estimated from the clock alignment: the offset interval is 1.306 ms wide,"
                + " the fastest step from the source to the destination plus the fastest step back (an upper bound on"
                + " one round trip)", PolicyWords.note(estimated.notes().get(0)));

        PolicyVerdict given = replay("strict-missed-62ms-blackout-8-2", Policies.SOURCE_ACK, new Limits(8, 2),
                new ReplayOptions(OptionalLong.of(0)));
        assertEquals("round trip 0 µs: given with --rtt", PolicyWords.note(given.notes().get(0)));
    }

    /**
     * strict-source-fires-first-5-1 at 5 + 1: the source cancelled, the destination failed before the guest started;
     * the latest progress is the destination's load of virtio-net (dst.log:57, .581539 on its clock), 6.336 ms after
     * src-downtime-start on the source's (docs/strict-mode.md, "The blackout judged against").
     */
    @Test
    void aRunCutShort() {
        String sample = "strict-source-fires-first-5-1";
        PolicyVerdict rfc = replay(sample, Policies.RFC, 5, 1);
        assertEquals("the run was cut short before the guest started on the destination (the source cancelled, the"
                + " destination failed); had nothing stopped it, the guest would have been stopped at least 6.336 ms,"
                + " until after the destination's load of 0000:00:01.0/virtio-net 0 (dst.log:57)",
                cut(sample, PolicyWords.blackoutBasis(rfc.judgedAgainst())));
    }

    /**
     * postcopy-random-ram under rfc: a postcopy run, and its iterable RAM load (dst.log:42, .160791) comes after
     * dst-postcopy-bh-vm-started (dst.log:41, .633414 of the second before).
     */
    @Test
    void postcopysLateChecks() {
        String sample = "postcopy-random-ram";
        PolicyVerdict rfc = replay(sample, Policies.RFC, 100, 10);
        List<String> notes = rfc.notes().stream().map(note -> cut(sample, PolicyWords.note(note))).toList();
        assertEquals(List.of("postcopy: the RFC was recorded in precopy only; this replay places the message and the"
                        + " checks as in precopy (docs/strict-mode.md)",
                "1 destination check come after dst-postcopy-bh-vm-started (first: load of ram 0 (iterable),"
                        + " dst.log:42): an abort there comes after the guest started on the destination and loses"
                        + " the guest"), notes);
    }

    /**
     * Where the message's send and read come from. precopy-q35-small, released QEMU: no RFC event, so the send is
     * placed at src-iterable-saved (src.log:7) and the read at the last iterable load, ram (dst.log:3), before the
     * first device load (timer, dst.log:4). postcopy-random-ram loads no iterable section before its devices: the
     * read is placed where its first device load (timer, dst.log:4) began.
     */
    @Test
    void theMessagesBases() {
        Switchover released = Switchover.of(AlignedMigration.align(SampleMigrations.only("precopy-q35-small"),
                AlignmentOptions.automatic()));
        assertEquals(7, released.send().orElseThrow().where().line());
        assertEquals("estimated: right after src-iterable-saved", PolicyWords.send(released.send().get().basis()));
        assertEquals(3, released.receipt().orElseThrow().where().line());
        assertEquals("estimated: the last iterable load before the first device load",
                PolicyWords.receipt(released.receipt().get().basis()));
        Switchover postcopy = Switchover.of(AlignedMigration.align(SampleMigrations.only("postcopy-random-ram"),
                AlignmentOptions.automatic()));
        assertEquals(4, postcopy.receipt().orElseThrow().where().line());
        assertEquals("estimated: when the first device load began (its time minus its downtime=)",
                PolicyWords.receipt(postcopy.receipt().get().basis()));
        Switchover recorded = Switchover.of(AlignedMigration.align(SampleMigrations.only("strict-completed-300-10"),
                AlignmentOptions.automatic()));
        assertEquals("recorded: qemu_savevm_send_downtime", PolicyWords.send(recorded.send().orElseThrow().basis()));
        assertEquals("recorded: loadvm_handle_src_downtime", PolicyWords.receipt(recorded.receipt().orElseThrow().basis()));
    }

    /**
     * postcopy-random-ram at 100 + 10: the first firing is the destination's load of RAM (dst.log:42), after the guest
     * started there (dst.log:41): aborting then loses the guest (docs/strict-mode.md, "Postcopy").
     */
    @Test
    void aFiringAfterTheGuestStarted() {
        PolicyVerdict rfc = replay("postcopy-random-ram", Policies.RFC, 100, 10);
        Firing first = rfc.first().orElseThrow();
        assertEquals(42, first.at().where().line());
        assertEquals("the guest already runs on the destination and the source's copy is stale: aborting loses the"
                + " guest", PolicyWords.consequence(first.consequence()));
        assertEquals("the migration is cancelled and the guest resumes on the source",
                PolicyWords.consequence(Consequence.RESUMES_ON_SOURCE));
    }
}
