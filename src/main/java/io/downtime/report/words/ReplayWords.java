package io.downtime.report.words;

import io.downtime.strict.NotReplayed;
import io.downtime.strict.Unreplayable;

/**
 * Why a run cannot be replayed ({@code strict/Unreplayable}), as analyzer replay, sweep and gate print it and the
 * fleet's {@code verdicts} and {@code migrations} tables store it.
 */
public final class ReplayWords {
    private ReplayWords() {
    }

    public static String unreplayable(Unreplayable why) {
        return switch (why) {
            case UNTIMED -> "the trace lines carry no timestamps (QEMU ran with -msg timestamp=off): the checks'"
                    + " times cannot be known";
            case NO_SOURCE -> "no source run: every policy's timer starts on the source";
            case NEVER_STOPPED -> "the source never stopped the guest (no src-downtime-start)";
        };
    }

    /** {@code NAME: reason}, a sweep's migration that was not replayed. */
    public static String notReplayed(NotReplayed run) {
        return run.migration() + ": " + unreplayable(run.why());
    }
}
