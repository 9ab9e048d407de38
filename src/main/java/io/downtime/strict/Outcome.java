package io.downtime.strict;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a policy does on one run at one setting of the limits: whether it fires, and the verdict
 * classes that remain possible (one when everything is known).
 */
public record Outcome(Certainty fired, Set<VerdictClass> classes) {
    public Outcome {
        classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
    }

    /** The policy's firing and the violation are independent unknowns: every combination is possible. */
    public static Outcome independent(Certainty fired, boolean canViolate, boolean canMeet) {
        EnumSet<VerdictClass> classes = EnumSet.noneOf(VerdictClass.class);
        for (boolean firing : new boolean[]{true, false}) {
            if (firing ? !fired.possible() : fired == Certainty.FIRES) {
                continue;
            }
            if (canViolate) {
                classes.add(VerdictClass.of(firing, true));
            }
            if (canMeet) {
                classes.add(VerdictClass.of(firing, false));
            }
        }
        return new Outcome(fired, classes);
    }

    /** The class when only one remains. */
    public Optional<VerdictClass> decided() {
        return classes.size() == 1 ? Optional.of(classes.iterator().next()) : Optional.empty();
    }

    public boolean possibly(VerdictClass verdictClass) {
        return classes.contains(verdictClass);
    }

    public boolean certainly(VerdictClass verdictClass) {
        return classes.size() == 1 && classes.contains(verdictClass);
    }

    /** {@code fired rightly}, or {@code fired rightly or rightly silent}, in the enum's order. */
    public String describeClasses() {
        if (classes.isEmpty()) {
            return "unknown";
        }
        if (classes.size() == VerdictClass.values().length) {
            return "any class";
        }
        return EnumSet.copyOf(classes).stream().map(VerdictClass::label).collect(Collectors.joining(" or "));
    }
}
