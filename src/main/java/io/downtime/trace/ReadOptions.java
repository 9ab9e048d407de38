package io.downtime.trace;

/**
 * How to read.
 *
 * @param keepOtherEvents hand other (uninterpreted) trace events to the caller as
 *                        {@link io.downtime.model.OtherEvent}s; off by default because it sends every
 *                        such line through the grammar, which is far slower than counting them
 */
public record ReadOptions(boolean keepOtherEvents) {
    public static ReadOptions defaults() {
        return new ReadOptions(false);
    }
}
