package io.downtime.trace;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which thread reads which block of a file read in blocks ({@link FileBlocks}): the blocks are claimed
 * one at a time, in file order, from one counter the two threads share. A thread that finds the next
 * block unclaimed takes it; the reader's thread, which says every line in file order, takes the lines
 * of a block the other claimed from that thread ({@link ReadAheadBlocks}). Claimed rather than
 * alternating: the two threads do not cost the same a block (the reader's thread also builds every
 * event, the other's included), so with alternate blocks the faster one waited for the slower at
 * every other block; claimed, the other thread reads as far ahead as its queue lets it, and the
 * reader's thread reads only the blocks the other has not come to.
 */
final class BlockClaims {
    /** The first block not claimed yet; block 0 is the reader's thread's, claimed when reading begins. */
    private final AtomicInteger next = new AtomicInteger(1);

    /** The first block not claimed yet (it may be claimed by the time the caller looks at it). */
    int next() {
        return next.get();
    }

    /** Claims block {@code index}, true when it was the first block not claimed yet; false when the other thread has it. */
    boolean claim(int index) {
        return next.compareAndSet(index, index + 1);
    }
}
