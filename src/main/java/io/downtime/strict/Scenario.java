package io.downtime.strict;

import java.util.Optional;

/**
 * What a policy does for a set of counter phases: which check fires first, and, when both hosts fire,
 * the other one's firing after it.
 *
 * @param first             the first firing, empty when nothing fires for these phases
 * @param then              the other host's firing after it (the destination still loading what it had
 *                          received); when that depends on the phases, the earliest
 * @param sourcePhases      the source phases for which this happens
 * @param destinationPhases the destination phases for which this happens
 * @param everyCombination  true when it happens for every combination of those phases; false when only
 *                          for some (the two sets are then the projections of the combinations)
 */
public record Scenario(Optional<Firing> first, Optional<Firing> then, Order order, PhaseSet sourcePhases,
                       PhaseSet destinationPhases, boolean everyCombination) {

    public enum Order {
        NOTHING_FIRES,
        ONE_HOST,
        SOURCE_FIRST,
        DESTINATION_FIRST,
        /** Both fire, and the clock alignment cannot tell which first. */
        UNDECIDED
    }
}
