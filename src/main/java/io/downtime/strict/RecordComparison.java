package io.downtime.strict;

import java.util.List;
import java.util.Optional;

/**
 * A replay of a run recorded with the RFC, compared with what really happened.
 *
 * @param recorded   what the trace says happened, host by host (or that nothing fired)
 * @param difference the first difference, when the replay does not agree
 * @param basis      how the comparison was made: at other limits (not compared), or for which phases
 */
public record RecordComparison(List<RecordedAbort> recorded, Optional<RecordDifference> difference,
                               ComparisonBasis basis) {
    public RecordComparison {
        recorded = List.copyOf(recorded);
    }

    /** True when the replay used the limits the run was recorded with. */
    public boolean comparable() {
        return !(basis instanceof ComparisonBasis.OtherLimits);
    }

    /** True when, for the counter phases the recorded values allow, the replay does what the run did. */
    public boolean agrees() {
        return basis instanceof ComparisonBasis.AgreesForEveryPhase;
    }
}
