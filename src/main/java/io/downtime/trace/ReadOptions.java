package io.downtime.trace;

/**
 * How to read.
 *
 * @param keepOtherEvents hand other (uninterpreted) trace events to the caller as
 *                        {@link io.downtime.model.OtherEvent}s; off by default because it sends every
 *                        such line through the grammar, which is far slower than counting them
 * @param splitFromBytes  a plain file at least this long is read by two threads, one for each half
 *                        (the result is the same, in the same order; see {@link SecondHalf})
 */
public record ReadOptions(boolean keepOtherEvents, long splitFromBytes) {
    /** Below this a second thread costs more than it saves. */
    public static final long SPLIT_FROM_BYTES = 32L << 20;

    public ReadOptions(boolean keepOtherEvents) {
        this(keepOtherEvents, SPLIT_FROM_BYTES);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(false);
    }
}
