package io.downtime.trace;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two threads of a read in blocks must agree on who reads each block: a block both skip is lines
 * lost (the reader's thread waits for the other's chunks of a block the other never read, and the read
 * ends in "a chunk of another block than expected"), a block both read is lines said twice.
 */
class BlockClaimsTest {
    private static final int READER = 1;
    private static final int OTHER = 2;

    @Test
    void aBlockClaimedForTheReaderIsTheReaders() {
        // block 0 is the reader's thread's from the start (it is reading it)
        BlockClaims claims = new BlockClaims();
        // the reader is at block 0, the first unclaimed is 1: within two blocks, so it is left to the reader
        assertTrue(claims.leaveToReader(1));
        assertTrue(claims.claimPair(1));
        assertEquals(3, claims.next());
        assertTrue(claims.readerTakes(1), "block 1 was claimed for the reader's thread");
        assertFalse(claims.readerTakes(2), "block 2 is the other thread's");
        assertTrue(claims.readerTakes(3), "block 3 is unclaimed: the reader's thread takes it");
    }

    @Test
    void aBlockTheOtherThreadClaimedForItselfIsNotTheReaders() {
        BlockClaims claims = new BlockClaims();
        assertTrue(claims.claim(1));
        assertFalse(claims.readerTakes(1));
        assertTrue(claims.readerTakes(2));
    }

    /**
     * The two threads' protocol (EventReader's {@code readerTakes} as it comes to each block,
     * ReadAheadBlocks' {@code claimNext}) run against each other many times with random pauses: every
     * block must end with exactly one owner. Before the reader's thread tried its claim first and looked
     * at the block claimed for it after, it could read {@code forReader} just before the other thread
     * claimed that very block for it, then fail its own claim, and both threads left the block unread
     * (seen once in a suite under load as SplitReadTest reading 9 lines of 73 and a read failure).
     */
    @Test
    void everyBlockHasExactlyOneReaderWhateverTheTiming() throws Exception {
        int blocks = 400;
        for (int round = 0; round < 300; round++) {
            BlockClaims claims = new BlockClaims();
            AtomicIntegerArray owner = new AtomicIntegerArray(blocks);
            AtomicReference<String> clash = new AtomicReference<>();
            Thread other = new Thread(() -> {
                while (true) {
                    int next = claims.next();
                    // the last block is always the reader's thread's
                    if (next >= blocks - 1) {
                        return;
                    }
                    pause();
                    if (!claims.leaveToReader(next)) {
                        if (claims.claim(next)) {
                            own(owner, next, OTHER, clash);
                        }
                    } else {
                        if (next + 1 >= blocks - 1) {
                            return;
                        }
                        pause();
                        if (claims.claimPair(next)) {
                            own(owner, next + 1, OTHER, clash);
                        }
                    }
                }
            });
            other.start();
            own(owner, 0, READER, clash);
            for (int block = 1; block < blocks; block++) {
                pause();
                if (claims.readerTakes(block)) {
                    own(owner, block, READER, clash);
                }
            }
            other.join();
            assertEquals(null, clash.get(), "round " + round);
            for (int block = 0; block < blocks; block++) {
                assertTrue(owner.get(block) == READER || owner.get(block) == OTHER,
                        "round " + round + ": block " + block + " read by neither thread");
            }
        }
    }

    private static void own(AtomicIntegerArray owner, int block, int who, AtomicReference<String> clash) {
        if (!owner.compareAndSet(block, 0, who)) {
            clash.compareAndSet(null, "block " + block + " read by both threads");
        }
    }

    /** Now and then gives the other thread the processor, so that the two interleave differently each round. */
    private static void pause() {
        int dice = ThreadLocalRandom.current().nextInt(16);
        if (dice == 0) {
            Thread.yield();
        } else if (dice == 1) {
            Thread.onSpinWait();
        }
    }
}
