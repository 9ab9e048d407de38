package io.downtime.trace;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which thread reads which block of a file read in blocks ({@link FileBlocks}): the blocks are claimed
 * in file order from one counter the two threads share. The reader's thread, which says every line in
 * file order, reads a block itself when it comes to it unclaimed (or claimed for it, below), and takes
 * the lines of a block the other thread claimed from that thread ({@link ReadAheadBlocks}).
 *
 * <p>Claimed rather than alternating: the two threads do not cost the same a block (the reader's thread
 * also builds every event, the other's included), so with alternate blocks the faster waited for the
 * slower at every other block. Claimed, the other thread reads as far ahead as its queue lets it while
 * the reader's thread is behind (a dense trace: every line an event to build). But a thread that simply
 * takes the next block whenever it is done with one would, when both go as fast (a noisy trace), take
 * the very block the reader's thread is about to come to, and the two would take turns, one reading
 * while the other waits. So when the reader's thread is close behind (within two blocks of the next
 * unclaimed one) and holds no block ahead of where it is, the other thread claims that block for it and
 * the one after for itself ({@link #claimPair}): they then read side by side, as with alternate blocks.
 */
final class BlockClaims {
    /** The first block not claimed yet; block 0 is the reader's thread's, claimed when reading begins. */
    private final AtomicInteger next = new AtomicInteger(1);
    /** The block the reader's thread is at. */
    private volatile int readerAt;
    /** The last block claimed for the reader's thread by the other thread ({@link #claimPair}), -1 for none. */
    private volatile int forReader = -1;

    /** The first block not claimed yet (it may be claimed by the time the caller looks at it). */
    int next() {
        return next.get();
    }

    /**
     * The reader's thread, come to block {@code index}: whether it reads it itself (claimed for it, or not
     * claimed yet, and now claimed); false when the other thread has it.
     */
    boolean readerTakes(int index) {
        // The claim first, the block claimed for it after: looked at first, forReader could be read just
        // before the other thread claimed this very block for it (claimPair), and the claim then fail, so
        // that neither thread read the block. A failed claim means the other thread has claimed this block
        // (for itself, or for this thread, which claimPair says before its claim), or is about to claim it
        // for itself while claiming the one before for this thread.
        boolean own = next.compareAndSet(index, index + 1) || index == forReader;
        readerAt = index;
        return own;
    }

    /** Whether the other thread should leave block {@code index} to the reader's thread (above). */
    boolean leaveToReader(int index) {
        int at = readerAt;
        return forReader <= at && index <= at + 2;
    }

    /** The other thread claims block {@code index}; false when the reader's thread took it first. */
    boolean claim(int index) {
        return next.compareAndSet(index, index + 1);
    }

    /**
     * The other thread claims block {@code index} for the reader's thread and the next for itself; false
     * when the reader's thread took {@code index} first (then it is the reader's all the same).
     */
    boolean claimPair(int index) {
        // said before the claim, so that the reader's thread, once it sees the block claimed, knows it is its own
        forReader = index;
        return next.compareAndSet(index, index + 2);
    }
}
