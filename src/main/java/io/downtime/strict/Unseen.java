package io.downtime.strict;

import io.downtime.clock.Estimate;

import java.util.Optional;

/**
 * Time of the blackout a policy could not see, measured on this run (docs/strict-mode.md, "The time a
 * policy cannot see"). Its words are report's ({@code report.replay.PolicyWords}).
 *
 * @param stretch      which stretch of the blackout
 * @param guestStarted the destination's checkpoint that started the guest, for the stretches that end there
 */
public record Unseen(Stretch stretch, Optional<String> guestStarted, Estimate micros) {

    /** The stretches no check of a policy covers. */
    public enum Stretch {
        /** rfc: from the send to the destination's read (in the socket, or the destination not reading). */
        SEND_TO_READ,
        /** rfc: from the destination's last check to dst-precopy-loadvm-completed. */
        LAST_CHECK_TO_LOAD_COMPLETED,
        /** rfc: from dst-precopy-loadvm-completed to the guest's start (announce, VM start). */
        LOAD_COMPLETED_TO_GUEST_START,
        /** rfc: from the destination's last check to the guest's start, when the load's end is not recorded. */
        LAST_CHECK_TO_GUEST_START,
        /** source-ack: the answer's way back to the destination, half the round trip. */
        ANSWER_BACK
    }

    public static Unseen of(Stretch stretch, Estimate micros) {
        return new Unseen(stretch, Optional.empty(), micros);
    }

    public static Unseen untilGuestStarted(Stretch stretch, String guestStarted, Estimate micros) {
        return new Unseen(stretch, Optional.of(guestStarted), micros);
    }
}
