package io.downtime.run;

/**
 * How a migration's two runs were matched, or why one stands alone ({@link MigrationPair#how}):
 * {@code report.words.PairingWords} words it. The fleet's {@code pairing} column stores its sentence
 * ({@code runset/StoredReasons}); nothing reads that column back, so there is no recorded case yet.
 */
public sealed interface PairingReason {

    /** Each side had exactly one run. */
    record OnlyRuns() implements PairingReason {
    }

    /**
     * Matched in time order: on the two hosts' clocks the destination became active {@code gapMicros} from the source,
     * the difference the pairs of these logs share within {@code toleranceMicros}.
     */
    record ByTime(long gapMicros, long toleranceMicros) implements PairingReason {
    }

    /** The {@code n}-th source run with the {@code n}-th destination run, because time could not match them. */
    record ByOrder(int n, Untimed why) implements PairingReason {
    }

    /** Why runs were matched in order rather than by time. */
    enum Untimed {
        /** More runs per side than time matching (quadratic in runs) takes. */
        TOO_MANY_RUNS,
        /** A side's logs have no timestamps. */
        NO_TIMESTAMPS
    }

    /** A source run no destination run was matched with. */
    record NoDestination() implements PairingReason {
    }

    /** A destination run no source run was matched with. */
    record NoSource() implements PairingReason {
    }
}
