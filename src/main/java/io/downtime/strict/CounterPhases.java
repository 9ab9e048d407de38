package io.downtime.strict;

import java.util.List;
import java.util.Optional;

/**
 * The counter phases of both hosts that agree with everything the run recorded of the RFC (all of
 * them for a run of released QEMU).
 *
 * @param evidence        every recorded observation that narrowed a set, in time order
 * @param firstDifference the first observation no phase could reproduce (it did not narrow anything)
 */
public record CounterPhases(PhaseSet source, PhaseSet destination, List<PhaseEvidence> evidence,
                            Optional<RecordDifference> firstDifference) {
    public CounterPhases {
        evidence = List.copyOf(evidence);
    }

    public static CounterPhases unconstrained() {
        return new CounterPhases(PhaseSet.all(), PhaseSet.all(), List.of(), Optional.empty());
    }
}
