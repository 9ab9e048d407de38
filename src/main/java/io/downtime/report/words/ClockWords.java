package io.downtime.report.words;

import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.AssumptionConflict;
import io.downtime.clock.BoundKind;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.ClockNote;
import io.downtime.clock.EvidenceReason;
import io.downtime.clock.EvidenceSwitch;
import io.downtime.clock.Interval;
import io.downtime.clock.OffsetBound;
import io.downtime.run.Durations;

/**
 * The sentences of the clock alignment: its summary, its bounds, why each assumption was used or not, its notes and what the
 * user asserted that the trace contradicts. Every command and format, and the fleet, words them here.
 */
public final class ClockWords {
    private ClockWords() {
    }

    /** {@code dst - src between -1.759 ms and +0.871 ms (two-sided)}: where the alignment puts the offset. */
    public static String summary(ClockAlignment clock) {
        return summary(clock.offset(), clock.quality());
    }

    /** The summary of an alignment with this offset and quality (an unaligned blackout keeps only these). */
    public static String summary(Interval offset, AlignmentQuality quality) {
        String range;
        if (quality == AlignmentQuality.GIVEN) {
            range = "= " + Durations.signed(offset.low().getAsLong());
        } else if (offset.bounded()) {
            range = "between " + Durations.signed(offset.low().getAsLong()) + " and "
                    + Durations.signed(offset.high().getAsLong());
        } else if (offset.boundedAbove()) {
            range = "< " + Durations.signed(offset.high().getAsLong());
        } else if (offset.boundedBelow()) {
            range = "> " + Durations.signed(offset.low().getAsLong());
        } else {
            range = "unknown";
        }
        return "dst - src " + range + " (" + quality.label() + ")";
    }

    /** {@code dst - src < +1.907 ms: the destination became active (dst.log:2) after ...}. */
    public static String bound(OffsetBound bound) {
        String relation = bound.side() == BoundKind.Side.UPPER ? " < " : " > ";
        return "dst - src" + relation + Durations.signed(bound.micros()) + ": " + relation(bound);
    }

    private static String relation(OffsetBound bound) {
        var source = bound.source();
        var destination = bound.destination();
        switch (bound.kind()) {
            case DEVICE_SECTION:
                return "the destination finished loading " + destination.what() + " (" + destination.where()
                        + ") after the source finished saving it (" + source.where() + ")";
            case HANDSHAKE:
                return "the destination became active, accepting the connection (" + destination.where()
                        + "), after the source entered setup, before connecting (" + source.where() + ")";
            case POSTCOPY_PACKAGE:
                return "the destination entered postcopy-active (" + destination.where() + ") on the LISTEN command"
                        + " of the source's postcopy package, sent after " + source.what() + " (" + source.where() + ")";
            case RETURN_PATH:
                return "the source's " + source.what() + " (" + source.where() + ") waited for the destination's "
                        + destination.what() + " (" + destination.where() + ") over the return path";
            case GUEST_START:
                return "the destination started the guest (" + destination.where() + ") after the source stopped it ("
                        + source.where() + ")";
            default:
                return "the source reported the destination's error, " + source.what() + " (" + source.where()
                        + "), after the destination failed (" + destination.where() + ")";
        }
    }

    /**
     * {@code --clock-offset +0 µs contradicts the trace: dst - src < -169.298991 s: the destination finished
     * loading ram 0 (iterable) (dst.log:3) after the source finished saving it (src.log:6)}.
     */
    public static String conflict(AssumptionConflict conflict) {
        String option = conflict.assertion().option()
                + (conflict.given().isPresent() ? " " + Durations.signed(conflict.given().getAsLong()) : "");
        String stands = conflict.asserted().map(bound -> ", which stands for " + bound(bound) + ",").orElse("");
        return option + stands + " contradicts the trace: " + bound(conflict.contradicted());
    }

    /** Why the return path or the handshake was used or not: one sentence a user can check against the trace. */
    public static String reason(EvidenceReason reason) {
        if (reason instanceof EvidenceReason.NotApplicable notApplicable) {
            return "not applicable: " + missing(notApplicable.missing());
        }
        if (reason instanceof EvidenceReason.Given given) {
            return given(given);
        }
        if (reason instanceof EvidenceReason.Postcopy) {
            return "postcopy: src-downtime-end marks the switch to postcopy and does not wait for the destination";
        }
        if (reason instanceof EvidenceReason.EndBeforeGuestStart early) {
            return "no return-path: src-downtime-end (" + early.returnPath().source().where()
                    + ") came before the destination could have started its guest (waiting for it would need dst - src > "
                    + Durations.signed(early.returnPath().micros()) + ", yet " + bound(early.binding()) + ")";
        }
        if (reason instanceof EvidenceReason.NothingToMeasure) {
            return "undecided, not used: no src-non-iterable-saved to measure whether the source waited";
        }
        if (reason instanceof EvidenceReason.MeasuredWait wait) {
            String measured = "src-downtime-end followed " + wait.before() + " by " + Durations.of(wait.waitMicros());
            return wait.waited()
                    ? "return-path: " + measured + ", a wait for the destination, and the destination's guest start fits in it"
                    : "no return-path: " + measured + ", so the source did not wait for the destination";
        }
        if (reason instanceof EvidenceReason.ActiveBeforeSetup active) {
            return "not used: on any offset the destination-to-source evidence allows, the destination became active ("
                    + active.handshake().destination().where() + ") at least " + Durations.of(active.earlierMicros())
                    + " before the source entered setup (" + active.handshake().source().where()
                    + "), so the source QEMU did not open the connection itself (libvirt hands QEMU a connected socket)";
        }
        if (reason instanceof EvidenceReason.LibvirtConnects) {
            return "not used: libvirt ran this migration and opens the connection itself, handing QEMU a connected"
                    + " socket, so the destination's active need not follow the source's setup (say --handshake on to"
                    + " use it anyway)";
        }
        return "used: the source QEMU is taken to have opened the connection itself (say --handshake off if not)";
    }

    private static String missing(EvidenceReason.Missing missing) {
        switch (missing) {
            case SRC_DOWNTIME_END:
                return "no src-downtime-end";
            case DST_PRECOPY_BH_VM_STARTED:
                return "no dst-precopy-bh-vm-started";
            case HANDSHAKE_STATES:
                return "no source setup or no destination active state";
            case TIMESTAMPS:
                return "no timestamps";
            case SOURCE_RUN:
                return "no source run";
            default:
                return "no destination run";
        }
    }

    private static String given(EvidenceReason.Given given) {
        boolean on = given.choice() == EvidenceSwitch.ON;
        if (given.assumption() == BoundKind.RETURN_PATH) {
            return on ? "given with --return-path on: src-downtime-end waits for the destination"
                    : "given with --return-path off: src-downtime-end does not wait for the destination";
        }
        return on ? "given with --handshake on: the source QEMU opened the connection"
                : "given with --handshake off: the connection was opened by someone else (e.g. libvirt)";
    }

    /** A note on the alignment: why there is none, a contradiction, a given offset. */
    public static String note(ClockNote note) {
        if (note instanceof ClockNote.OneHostOnly) {
            return "only one host's run: nothing links the two clocks";
        }
        if (note instanceof ClockNote.Untimed untimed) {
            return "the " + untimed.host().label() + "'s trace lines carry no timestamps (QEMU ran with -msg"
                    + " timestamp=off): neither the order of events across hosts nor the time between them can be known";
        }
        if (note instanceof ClockNote.LibvirtHandshakeOff) {
            return "libvirt ran this migration: the handshake bound is off for libvirt migrations (libvirt connects the"
                    + " migration socket itself), so the interval rests on the device sections and the return path alone"
                    + " and is wider than for a migration QEMU connected itself";
        }
        if (note instanceof ClockNote.BoundsContradict contradiction) {
            return "the bounds contradict each other (" + bound(contradiction.lower()) + "; " + bound(contradiction.upper())
                    + "): an assumption behind one of them does not hold here (see --return-path, --handshake), or give"
                    + " the offset with --clock-offset";
        }
        if (note instanceof ClockNote.NoLink) {
            return "no event links the two clocks (no device both saved and loaded, no handshake states)";
        }
        if (note instanceof ClockNote.OffsetGiven given) {
            return "the offset was given (--clock-offset " + Durations.signed(given.micros()) + ")";
        }
        ClockNote.GivenBreaksAssumption broken = (ClockNote.GivenBreaksAssumption) note;
        return "the given offset does not fit the " + broken.bound().kind().label() + " assumption, taken automatically,"
                + " which is not used: " + bound(broken.bound());
    }
}
