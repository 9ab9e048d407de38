package io.downtime.trace;

/**
 * How to read.
 *
 * @param keepOtherEvents hand other (uninterpreted) trace events to the caller as
 *                        {@link io.downtime.model.OtherEvent}s; off by default because it sends every
 *                        such line through the grammar, which is far slower than counting them
 * @param splitFromBytes  a plain file at least this long is read by two threads, in alternate blocks
 *                        (the result is the same, in the same order; see {@link FileBlocks})
 * @param grammarOnly     send every line that may be an understood event through the grammar, without
 *                        the byte-level shortcut ({@link FastLineParser}); the result is the same, slower:
 *                        the differential tests compare the two
 */
public record ReadOptions(boolean keepOtherEvents, long splitFromBytes, boolean grammarOnly) {
    /** Below this a second thread costs more than it saves. */
    public static final long SPLIT_FROM_BYTES = 32L << 20;

    public ReadOptions(boolean keepOtherEvents) {
        this(keepOtherEvents, SPLIT_FROM_BYTES);
    }

    public ReadOptions(boolean keepOtherEvents, long splitFromBytes) {
        this(keepOtherEvents, splitFromBytes, false);
    }

    /** These options, with every candidate line through the grammar. */
    public ReadOptions withGrammarOnly() {
        return new ReadOptions(keepOtherEvents, splitFromBytes, true);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(false);
    }
}
