package io.downtime.report.words;

import io.downtime.runset.StoredReasons;

/**
 * The words of every reason a baseline file or a fleet table stores as text, for the domain's writers of those
 * (cli's {@code analyzer baseline}, the fleet's tables): the same sentences every output prints, so that a file
 * written today reads back, as a {@code Recorded} reason, into the same sentence.
 */
public final class StoredReasonWords {
    public static final StoredReasons SENTENCES = new StoredReasons(BlackoutWords::unavailable, DecisionWords::unknown,
            PairingWords::how);

    private StoredReasonWords() {
    }
}
