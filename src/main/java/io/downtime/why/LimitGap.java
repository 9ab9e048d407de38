package io.downtime.why;

import io.downtime.model.LineRef;

/**
 * Why the trace gives no {@code downtime-limit} (and none was given): worded by
 * {@code report/words/DecisionWords}, which adds how to give one.
 */
public sealed interface LimitGap {

    /**
     * No threshold to derive it from.
     *
     * @param threshold why the threshold is unknown ({@link Decision#threshold})
     */
    record NoThreshold(DecisionGap threshold) implements LimitGap {
    }

    /** The bandwidth line's period measured nothing, so its threshold says nothing of the limit. */
    record UnmeasuredBandwidth(long transferred, long spentMs, LineRef line) implements LimitGap {
    }
}
