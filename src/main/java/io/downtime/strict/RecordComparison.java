package io.downtime.strict;

import java.util.Optional;

/**
 * A replay of a run recorded with the RFC, compared with what really happened.
 *
 * @param recorded   what the trace says happened
 * @param comparable true when the replay used the limits the run was recorded with
 * @param agrees     true when, for the counter phases the recorded values allow, the replay does what the run did
 * @param difference the first difference, when it does not
 * @param note       one sentence on how the comparison was made
 */
public record RecordComparison(String recorded, boolean comparable, boolean agrees,
                               Optional<RecordDifference> difference, String note) {
}
