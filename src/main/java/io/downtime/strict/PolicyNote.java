package io.downtime.strict;

/**
 * What the reader of a policy's verdict should know besides the verdict: an estimate, a half not
 * replayed, a limit assumed, where the limit ran out. Its words are report's
 * ({@code report.replay.PolicyWords}).
 */
public sealed interface PolicyNote {

    /** rfc: the source stopped before src-iterable-saved and never sent its downtime, so the destination never checks. */
    record NeverSent() implements PolicyNote {
    }

    /** rfc: there is no destination run; only the source's half is replayed. */
    record NoDestination() implements PolicyNote {
    }

    /** rfc: a postcopy run, replayed with the message and checks placed as in precopy (the RFC ran in precopy only). */
    record PostcopyAsPrecopy() implements PolicyNote {
    }

    /**
     * rfc: {@code count} destination checks come after the guest started on the destination ({@code guestStarted},
     * the checkpoint's canonical name), the first of them {@code first}: an abort there loses the guest.
     */
    record ChecksAfterGuestStart(int count, String guestStarted, HostEvent first) implements PolicyNote {
    }

    /**
     * rfc: the trace holds no abort limit (the source fired before sending it); taken to be {@code abortLimitMs}, the
     * checks that did not fire narrow the source phase to {@code sourcePhases}.
     */
    record AssumedAbortLimit(long abortLimitMs, PhaseSet sourcePhases) implements PolicyNote {
    }

    /** total: the limit ran out {@code limitMicros} after src-downtime-start, between {@code before} and {@code at}. */
    record LimitRanOut(long limitMicros, HostEvent before, HostEvent at) implements PolicyNote {
    }

    /** total: it may fire as early as {@code at}, at a time the clock alignment leaves uncertain. */
    record MayFireEarlier(HostEvent at) implements PolicyNote {
    }

    /** total: no recorded event is past the limit (a run cut short, or an unbounded blackout). */
    record NoEventPastLimit() implements PolicyNote {
    }

    /** source-ack: the round trip the destination waits for, and where it comes from. */
    record RoundTripTaken(RoundTrip roundTrip) implements PolicyNote {
    }

    /**
     * source-ack: the destination never asked to start its CPUs (the run was cut short); the request would have come
     * at least {@code atLeastMicros} after src-downtime-start.
     */
    record NeverAsked(long atLeastMicros) implements PolicyNote {
    }
}
