package io.downtime.strict;

/**
 * One cell of a sweep: how one policy did over every replayable run at one setting of the limits.
 * "May" counts are runs where it depends on what the replay cannot pin down (counter phases, clock
 * offset, a blackout known only from below); they exclude the certain ones.
 *
 * @param runs        the replayable runs
 * @param fired       runs where it fires for every unknown
 * @param mayFire     runs where it fires for some
 * @param missed      runs where it certainly missed a violation
 * @param mayMiss     runs where it may have missed one
 * @param needless    runs where it certainly fired needlessly
 * @param mayNeedless runs where it may have fired needlessly
 */
public record SweepCell(Limits limits, long promisedLimitMs, int runs, int fired, int mayFire, int missed, int mayMiss,
                        int needless, int mayNeedless) {

    /** Aborts over runs, counting only the certain ones. */
    public double leastAbortRate() {
        return runs == 0 ? 0 : (double) fired / runs;
    }

    /** Aborts over runs, counting every run that may abort: what a recommendation must keep under its target. */
    public double mostAbortRate() {
        return runs == 0 ? 0 : (double) (fired + mayFire) / runs;
    }

    /**
     * This cell's counts plus {@code other}'s, of other runs at the same limits: a sweep counted in parts
     * (the fleet job's partitions) adds up to the sweep of all its runs.
     */
    public SweepCell plus(SweepCell other) {
        if (!limits.equals(other.limits) || promisedLimitMs != other.promisedLimitMs) {
            throw new IllegalArgumentException("cells of different limits: " + limits + " and " + other.limits);
        }
        return new SweepCell(limits, promisedLimitMs, runs + other.runs, fired + other.fired, mayFire + other.mayFire,
                missed + other.missed, mayMiss + other.mayMiss, needless + other.needless, mayNeedless + other.mayNeedless);
    }

    /** Adds up outcomes; one per policy and cell. */
    public static final class Tally {
        private int runs;
        private int fired;
        private int mayFire;
        private int missed;
        private int mayMiss;
        private int needless;
        private int mayNeedless;

        public void add(PolicyOutcome outcome) {
            runs++;
            if (outcome.fired() == Certainty.FIRES) {
                fired++;
            } else if (outcome.fired() == Certainty.MAY_FIRE) {
                mayFire++;
            }
            if (outcome.certainly(VerdictClass.MISSED_VIOLATION)) {
                missed++;
            } else if (outcome.possibly(VerdictClass.MISSED_VIOLATION)) {
                mayMiss++;
            }
            if (outcome.certainly(VerdictClass.FIRED_NEEDLESSLY)) {
                needless++;
            } else if (outcome.possibly(VerdictClass.FIRED_NEEDLESSLY)) {
                mayNeedless++;
            }
        }

        public SweepCell cell(Limits limits, long promisedLimitMs) {
            return new SweepCell(limits, promisedLimitMs, runs, fired, mayFire, missed, mayMiss, needless, mayNeedless);
        }
    }
}
