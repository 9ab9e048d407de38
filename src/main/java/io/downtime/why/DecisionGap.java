package io.downtime.why;

import io.downtime.model.LineRef;
import io.downtime.run.RunStatus;

/**
 * Why a figure of QEMU's switchover decision is unknown ({@link Known#missing}), with the lines and values
 * that show it; {@code report/words/DecisionWords} words it. The expected downtime's reason is stored as text in
 * baseline files and the fleet's tables: read back, it is {@link Recorded}.
 */
public sealed interface DecisionGap {

    /** The migration has no source run, and the decision is the source's. */
    record NoSourceRun() implements DecisionGap {
    }

    /** The source's trace holds none of the decision's events ({@code migrate_transferred}, ...). */
    record NotTraced() implements DecisionGap {
    }

    /** Postcopy: QEMU switched when asked to, and no RAM-based prediction applies. */
    record Postcopy() implements DecisionGap {
    }

    /** Neither {@code migration_thread_low_pending} nor {@code src-downtime-start}: QEMU never decided. */
    record NeverDecided(RunStatus source) implements DecisionGap {
    }

    /** A switchover without its {@code migration_thread_low_pending} line before {@code src-downtime-start}. */
    record NoDecisionLine() implements DecisionGap {
    }

    /** No {@code migrate_transferred} line in force at the decision: why, as far as the trace tells. */
    sealed interface NoBandwidth extends DecisionGap {
    }

    /** No bandwidth line, and the source never switched over. */
    record NoBandwidthNoSwitchover(RunStatus source) implements NoBandwidth {
    }

    /** No bandwidth line, and no times to tell whether precopy ended inside QEMU's first period. */
    record NoBandwidthUntimed() implements NoBandwidth {
    }

    /**
     * Precopy ended inside QEMU's first bandwidth period (100 ms), before its first estimate.
     *
     * @param precopyMicros from {@code active} to the decision
     */
    record NoBandwidthYet(long precopyMicros, LineRef active, LineRef decision) implements NoBandwidth {
    }

    /** Precopy lasted a bandwidth period or more: the event was not traced. */
    record NoBandwidthNotTraced(long precopyMicros) implements NoBandwidth {
    }

    /** Bytes were pending but no bandwidth line was in force: QEMU predicted nothing. */
    record NoBandwidthForPending(DecisionGap why, long pendingBytes) implements DecisionGap {
    }

    /** The bandwidth line's period measured nothing: QEMU predicted nothing. */
    record ZeroBandwidth(LineRef line) implements DecisionGap {
    }

    /** QEMU before 8.2 prints no {@code switchover_bw}. */
    record SwitchoverBandwidthUnprinted(LineRef line) implements DecisionGap {
    }

    /** {@code switchover_bw 0}: not set, QEMU decided with its bandwidth estimate. */
    record SwitchoverBandwidthUnset(LineRef line) implements DecisionGap {
    }

    /** A baseline file written before QEMU's prediction was read: it holds neither the figure nor a reason. */
    record NotInBaseline() implements DecisionGap {
    }

    /** A reason read back from a baseline file or a fleet table, as it was stored: said verbatim. */
    record Recorded(String text) implements DecisionGap {
    }
}
