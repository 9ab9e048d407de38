package io.downtime.synth;

import java.util.SplittableRandom;

/**
 * The random changes that make one synthetic run out of a real one (docs/strict-mode.md, "Synthetic
 * corpus"): every device's save or load time scaled, and with some probability a stall.
 *
 * @param deviceSpread     sigma of the log-normal factor each device time is multiplied by
 * @param sourceStall      µs added after one source save (0: none)
 * @param stallBeforeRead  µs the destination stops before it reads the switchover (0: none), as in dst-stalled-400ms
 * @param stallAfterRead   µs added to one destination device load (0: none), as in strict-destination-fires-50-10
 * @param slowStart        µs added to the destination's step to dst-*-vm-started (0: none)
 * @param clockOffset      µs added to every destination time: the hosts' clocks disagree
 */
record Perturbation(double deviceSpread, long sourceStall, long stallBeforeRead, long stallAfterRead, long slowStart,
                    long clockOffset, long seed) {

    static Perturbation draw(SplittableRandom random) {
        double spread = 0.5;
        long sourceStall = random.nextDouble() < 0.05 ? random.nextLong(0, 100_001) : 0;
        long before = random.nextDouble() < 0.15 ? random.nextLong(0, 500_001) : 0;
        long after = random.nextDouble() < 0.10 ? random.nextLong(0, 200_001) : 0;
        long slow = random.nextDouble() < 0.10 ? random.nextLong(0, 100_001) : 0;
        long offset = random.nextLong(-60_000_000, 60_000_001);
        return new Perturbation(spread, sourceStall, before, after, slow, offset, random.nextLong());
    }

    /** A device time multiplied by a log-normal factor. */
    static long scaled(long micros, double spread, SplittableRandom random) {
        double factor = Math.exp(spread * random.nextGaussian());
        return Math.max(0, Math.round(micros * factor));
    }
}
