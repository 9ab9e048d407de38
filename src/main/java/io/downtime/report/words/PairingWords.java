package io.downtime.report.words;

import io.downtime.run.Durations;
import io.downtime.run.PairingReason;

/**
 * The sentence of how a migration's runs were matched ({@code run/PairingReason}): the report's {@code paired} fact,
 * its JSON's and the run-set listing's {@code pairing}, and the fleet's {@code pairing} column (stored, through
 * {@link StoredReasonWords}).
 */
public final class PairingWords {
    private PairingWords() {
    }

    /** {@code the only source run and the only destination run}, {@code paired by time: ...}, ... */
    public static String how(PairingReason reason) {
        if (reason instanceof PairingReason.OnlyRuns) {
            return "the only source run and the only destination run";
        }
        if (reason instanceof PairingReason.ByTime time) {
            return "paired by time: on the two hosts' clocks the destination became active "
                    + Durations.signed(time.gapMicros()) + " from the source, the difference the pairs of these logs"
                    + " share (within " + Durations.of(time.toleranceMicros()) + ")";
        }
        if (reason instanceof PairingReason.ByOrder order) {
            return "paired in order (source run " + order.n() + " with destination run " + order.n() + "): "
                    + (order.why() == PairingReason.Untimed.TOO_MANY_RUNS ? "too many runs to match them by time"
                    : "the logs carry no timestamps to match them by");
        }
        if (reason instanceof PairingReason.NoDestination) {
            return "no destination run to pair with";
        }
        if (reason instanceof PairingReason.NoSource) {
            return "no source run to pair with";
        }
        // Java 17 has no exhaustive switch over a sealed interface: a new case must fail here, not borrow a sentence.
        throw new IllegalArgumentException("a pairing reason without words: " + reason);
    }
}
