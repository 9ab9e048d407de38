package io.downtime.strict;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a policy does on one run at one setting of the limits: whether it fires, and the verdict
 * classes that remain possible (one when everything is known).
 */
public record PolicyOutcome(Certainty fired, Set<VerdictClass> classes) {
    public PolicyOutcome {
        classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
    }

    /** The policy's firing and the violation are independent unknowns: every combination is possible. */
    public static PolicyOutcome independent(Certainty fired, boolean canViolate, boolean canMeet) {
        return independent(fired, fired.possible(), false, canViolate, canMeet);
    }

    /**
     * As {@link #independent(Certainty, boolean, boolean)}, when some firings may come after the guest started on
     * the destination: those are {@link VerdictClass#LOSES_GUEST}, whatever the violation.
     *
     * @param firesInTime it may fire before the guest started on the destination
     * @param losesGuest  it may fire only after
     */
    public static PolicyOutcome independent(Certainty fired, boolean firesInTime, boolean losesGuest, boolean canViolate,
                                      boolean canMeet) {
        EnumSet<VerdictClass> classes = EnumSet.noneOf(VerdictClass.class);
        if (firesInTime) {
            if (canViolate) {
                classes.add(VerdictClass.FIRED_RIGHTLY);
            }
            if (canMeet) {
                classes.add(VerdictClass.FIRED_NEEDLESSLY);
            }
        }
        if (losesGuest) {
            classes.add(VerdictClass.LOSES_GUEST);
        }
        if (fired != Certainty.FIRES) {
            if (canViolate) {
                classes.add(VerdictClass.MISSED_VIOLATION);
            }
            if (canMeet) {
                classes.add(VerdictClass.RIGHTLY_SILENT);
            }
        }
        return new PolicyOutcome(fired, classes);
    }

    /** The class when only one remains. */
    public Optional<VerdictClass> decided() {
        return classes.size() == 1 ? Optional.of(classes.iterator().next()) : Optional.empty();
    }

    /** The classes that remain possible, in the enum's order ({@code possible_classes} in JSON, in the fleet's tables). */
    public List<VerdictClass> possibleClasses() {
        return classes.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(classes));
    }

    public boolean possibly(VerdictClass verdictClass) {
        return classes.contains(verdictClass);
    }

    public boolean certainly(VerdictClass verdictClass) {
        return classes.size() == 1 && classes.contains(verdictClass);
    }
}
