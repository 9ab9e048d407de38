package io.downtime.report.replay;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.words.BlackoutWords;
import io.downtime.run.Durations;
import io.downtime.strict.Consequence;
import io.downtime.strict.HostEvent;
import io.downtime.strict.JudgedBlackout;
import io.downtime.strict.MessageReceipt;
import io.downtime.strict.MessageSend;
import io.downtime.strict.PolicyNote;
import io.downtime.strict.RoundTrip;
import io.downtime.strict.Unseen;

/**
 * The words of a policy's verdict besides the record's ({@link RecordWords}): each policy's rule, its notes,
 * the time it cannot see, a firing's consequence, the blackout it is judged against, the round trip source-ack
 * waits for, and where the RFC message's send and read come from (docs/strict-mode.md). strict returns the records; every format of {@code analyzer replay} says them
 * through this class. Lines are written as {@code file:line}; the document applies its display names.
 */
public final class PolicyWords {
    private PolicyWords() {
    }

    /** One sentence: what the policy checks, where, against what; empty for a name that is no policy. */
    public static String rule(String policy) {
        return switch (policy) {
            case "rfc" -> "the RFC as written: the source checks after src-vm-stopped and after each save, the"
                    + " destination after each load once it has read the source's downtime; either aborts at"
                    + " downtime-limit + switchover-limit, in whole milliseconds of its own counter";
            case "total" -> "downtime-limit bounds the whole blackout, checked with the true elapsed time (the source's"
                    + " clock) at every event of either host: the best any enforcement could do";
            case "source-ack" -> "only the source decides: it checks after src-vm-stopped and each save, and when the"
                    + " destination asks to start its CPUs (half a round trip after dst-*-vm-started), aborting at"
                    + " downtime-limit + switchover-limit; the destination waits one round trip for the answer";
            default -> "";
        };
    }

    /** A note of a policy's verdict, one sentence. */
    public static String note(PolicyNote note) {
        if (note instanceof PolicyNote.NeverSent) {
            return "the source never sent its downtime (it stopped before src-iterable-saved): the destination never checks";
        }
        if (note instanceof PolicyNote.NoDestination) {
            return "no destination run: only the source's half is replayed";
        }
        if (note instanceof PolicyNote.PostcopyAsPrecopy) {
            return "postcopy: the RFC was recorded in precopy only; this replay places the message and the checks as"
                    + " in precopy (docs/strict-mode.md)";
        }
        if (note instanceof PolicyNote.ChecksAfterGuestStart late) {
            return late.count() + " destination check" + (late.count() == 1 ? "" : "s") + " come after "
                    + late.guestStarted() + " (first: " + late.first().site().label() + ", " + late.first().where()
                    + "): an abort there comes after the guest started on the destination and loses the guest";
        }
        if (note instanceof PolicyNote.AssumedAbortLimit assumed) {
            return "the trace holds no abort limit (the source fired before sending it); taking it to be "
                    + assumed.abortLimitMs() + " ms, the checks that did not fire narrow the source phase to "
                    + assumed.sourcePhases().describe();
        }
        if (note instanceof PolicyNote.LimitRanOut ranOut) {
            return "the limit ran out " + Durations.of(ranOut.limitMicros()) + " after src-downtime-start, between "
                    + event(ranOut.before()) + " and " + event(ranOut.at());
        }
        if (note instanceof PolicyNote.MayFireEarlier earlier) {
            return "it may fire as early as " + event(earlier.at()) + ", at a time the clock alignment leaves uncertain";
        }
        if (note instanceof PolicyNote.NoEventPastLimit) {
            return "no recorded event is past the limit: the run was cut short, or the blackout is not bounded;"
                    + " the limit would run out after the recorded events";
        }
        if (note instanceof PolicyNote.RoundTripTaken taken) {
            return "round trip " + Durations.of(taken.roundTrip().micros()) + ": " + roundTrip(taken.roundTrip());
        }
        if (note instanceof PolicyNote.NeverAsked never) {
            return "the destination never asked to start its CPUs (the run was cut short): the request would have"
                    + " come at least " + Durations.of(never.atLeastMicros()) + " after src-downtime-start";
        }
        throw new IllegalArgumentException(note.getClass().getName());
    }

    /** {@code the destination's load of ram 0 (iterable) (dst.log:33)}. */
    private static String event(HostEvent event) {
        return "the " + event.host().label() + "'s " + event.site().label() + " (" + event.where() + ")";
    }

    /** Where the round trip comes from. */
    public static String roundTrip(RoundTrip roundTrip) {
        return switch (roundTrip.basis()) {
            case GIVEN -> "given with --rtt";
            case ESTIMATED -> "estimated from the clock alignment: the offset interval is "
                    + Durations.of(roundTrip.micros()) + " wide, the fastest step from the source to the destination"
                    + " plus the fastest step back (an upper bound on one round trip)";
            case ASSUMED -> "assumed " + Durations.of(roundTrip.micros()) + ": the clock alignment is "
                    + roundTrip.unobservedBy().map(quality -> quality.label()).orElse("")
                    + ", so no round trip was observed (give --rtt)";
        };
    }

    /** {@code send to the destination's read (in the socket, or the destination not reading)}: one phrase. */
    public static String unseen(Unseen unseen) {
        String guestStarted = unseen.guestStarted().orElse("");
        return switch (unseen.stretch()) {
            case SEND_TO_READ -> "send to the destination's read (in the socket, or the destination not reading)";
            case LAST_CHECK_TO_LOAD_COMPLETED -> "the destination's last check to dst-precopy-loadvm-completed";
            case LOAD_COMPLETED_TO_GUEST_START -> "dst-precopy-loadvm-completed to " + guestStarted + " (announce, VM start)";
            case LAST_CHECK_TO_GUEST_START -> "the destination's last check to " + guestStarted;
            case ANSWER_BACK -> "the answer's way back to the destination (half the round trip)";
        };
    }

    /** What a firing does to the guest, one sentence. */
    public static String consequence(Consequence consequence) {
        return switch (consequence) {
            case RESUMES_ON_SOURCE -> "the migration is cancelled and the guest resumes on the source";
            case GUEST_LOST -> "the guest already runs on the destination and the source's copy is stale: aborting"
                    + " loses the guest";
        };
    }

    /** Where the RFC message's send comes from: {@code recorded: qemu_savevm_send_downtime}. */
    public static String send(MessageSend.Basis basis) {
        return switch (basis) {
            case RECORDED -> "recorded: qemu_savevm_send_downtime";
            case AT_ITERABLE_SAVED -> "estimated: right after src-iterable-saved";
        };
    }

    /** Where the destination's read of the message comes from: {@code recorded: loadvm_handle_src_downtime}. */
    public static String receipt(MessageReceipt.Basis basis) {
        return switch (basis) {
            case RECORDED -> "recorded: loadvm_handle_src_downtime";
            case LAST_ITERABLE_LOAD -> "estimated: the last iterable load before the first device load";
            case FIRST_LOAD_START -> "estimated: when the first device load began (its time minus its downtime=)";
        };
    }

    /** Where the blackout a verdict is judged against comes from: one sentence. */
    public static String blackoutBasis(JudgedBlackout blackout) {
        String basis;
        if (blackout.basis() instanceof JudgedBlackout.GuestStopped) {
            basis = "the guest was stopped from src-downtime-start to dst-*-vm-started (analyzer report's blackout)";
        } else if (blackout.basis() instanceof JudgedBlackout.CutShort cut) {
            basis = "the run was cut short before the guest started on the destination (the source "
                    + cut.source().label() + ", the destination " + cut.destination().label() + "); had nothing"
                    + " stopped it, the guest would have been stopped at least " + Durations.of(cut.leastMicros())
                    + ", until after " + event(cut.latest());
        } else if (blackout.basis() instanceof JudgedBlackout.NoBlackout none) {
            basis = BlackoutWords.unavailable(none.why());
        } else {
            basis = ReplayWords.unreplayable(((JudgedBlackout.Unbounded) blackout.basis()).why());
        }
        return basis + (blackout.roundTrip().isPresent() ? "; plus the round trip the destination waits for the answer ("
                + Durations.of(blackout.roundTrip().getAsLong()) + ")" : "");
    }
}
