package io.downtime.report.words;

import io.downtime.strict.NotReplayed;
import io.downtime.strict.PolicyOutcome;
import io.downtime.strict.Unreplayable;
import io.downtime.strict.VerdictClass;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a run cannot be replayed ({@code strict/Unreplayable}), as analyzer replay, sweep and gate print it and the
 * fleet's {@code verdicts} and {@code migrations} tables store it; the verdict classes a replay leaves possible.
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

    /** {@code fired rightly}, or {@code fired rightly or rightly silent}, in the enum's order. */
    public static String classes(PolicyOutcome outcome) {
        Set<VerdictClass> classes = outcome.classes();
        if (classes.isEmpty()) {
            return "unknown";
        }
        Set<VerdictClass> inTime = EnumSet.of(VerdictClass.FIRED_RIGHTLY, VerdictClass.FIRED_NEEDLESSLY,
                VerdictClass.MISSED_VIOLATION, VerdictClass.RIGHTLY_SILENT);
        if (classes.containsAll(inTime)) {
            return classes.contains(VerdictClass.LOSES_GUEST) ? "any class, or would lose the guest" : "any class";
        }
        return EnumSet.copyOf(classes).stream().map(VerdictClass::label).collect(Collectors.joining(" or "));
    }

    /** {@code NAME: reason}, a sweep's migration that was not replayed. */
    public static String notReplayed(NotReplayed run) {
        return run.migration() + ": " + unreplayable(run.why());
    }
}
