package io.downtime.blackout;

import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.Interval;
import io.downtime.run.RunStatus;

/**
 * Why the blackout ({@link Blackout#guestStopped}) is unknown; {@code report.words.BlackoutWords} words it.
 * Every case but {@link Recorded} is what {@link BlackoutAnalysis} found in a trace; {@link Recorded} is a reason
 * read back from where it was stored as text (a baseline file, a fleet table: docs/architecture.md, "Reasons
 * stored as text").
 */
public sealed interface BlackoutUnavailable {

    /** The lines carry no timestamps. */
    record Untimed() implements BlackoutUnavailable {
    }

    /** The logs hold no source run: when the guest stopped is not in them. */
    record NoSource() implements BlackoutUnavailable {
    }

    /** The source run has no {@code src-downtime-start}. */
    record NeverStopped() implements BlackoutUnavailable {
    }

    /** The logs hold no destination run: when the guest started again is not in them. */
    record NoDestination() implements BlackoutUnavailable {
    }

    /** The destination run has no {@code dst-*-vm-started}; how each host's run ended. */
    record NeverStarted(RunStatus destination, RunStatus source) implements BlackoutUnavailable {
    }

    /**
     * The clock alignment places no destination event on the source's clock: where it puts the offset, and how
     * good it is ({@code none}, {@code inconsistent}), the values its summary is written from.
     */
    record Unaligned(Interval offset, AlignmentQuality quality) implements BlackoutUnavailable {
    }

    /** A reason stored as text by an earlier run (a baseline's {@code blackout_unavailable}): said as it was. */
    record Recorded(String text) implements BlackoutUnavailable {
    }
}
