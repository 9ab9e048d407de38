package io.downtime.strict;

import java.util.OptionalLong;

/**
 * How a replay was compared with the run recorded with the RFC: not at all (other limits), or for which
 * counter phases it agrees or differs. Its words are report's ({@code report.replay.RecordWords}).
 */
public sealed interface ComparisonBasis {

    /**
     * Replayed at other limits than recorded: a what-if, not compared (the recorded values still narrow the
     * phases). {@code recordedAbortLimitMs} is empty when the trace holds none.
     */
    record OtherLimits(OptionalLong recordedAbortLimitMs, OptionalLong recordedDowntimeLimitMs, Limits replayed)
            implements ComparisonBasis {
    }

    /** No counter phase reproduces every recorded value (the first difference says where). */
    record NoPhaseReproduces() implements ComparisonBasis {
    }

    /** For these phases (one scenario of the replay) a host fires elsewhere than it did. */
    record DiffersForPhases(PhaseSet source, PhaseSet destination) implements ComparisonBasis {
    }

    /**
     * For every phase the recorded values allow the replay fires where the run did; {@code assumedAbortLimitMs}
     * is the abort limit taken when the trace holds none (the source fired before sending it).
     */
    record AgreesForEveryPhase(PhaseSet source, PhaseSet destination, OptionalLong assumedAbortLimitMs)
            implements ComparisonBasis {
    }
}
