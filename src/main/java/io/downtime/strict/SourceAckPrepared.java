package io.downtime.strict;

import java.util.EnumSet;
import java.util.OptionalLong;

/**
 * The source-ack policy on one run, for any limits. The source's last reading comes when the
 * destination's request arrives, {@code oneWay} after {@code dst-*-vm-started}: at
 * {@code blackout + oneWay} after the start (never before its own last check). The blackout becomes
 * {@code blackout + roundTrip}. Only the extremes of the source's counter position matter, since a
 * reading only grows with the position and the time.
 *
 * @param leastPosition where src-downtime-start falls in its counter millisecond, least over the allowed phases
 * @param mostPosition  the same, greatest
 * @param lastCheck     the source's last own check, µs after the start
 */
record SourceAckPrepared(int leastPosition, int mostPosition, long lastCheck, JudgedBlackout blackout, long roundTrip)
        implements PreparedReplay {
    /** Stands for an unbounded blackout: beyond every limit a grid can hold. */
    private static final long FAR = Long.MAX_VALUE / 4;

    static SourceAckPrepared of(Switchover run, long roundTrip) {
        int least = Integer.MAX_VALUE;
        int most = Integer.MIN_VALUE;
        for (int phase : run.phases().source().members()) {
            int position = MillisecondCounter.position(run.startMicros(), phase);
            least = Math.min(least, position);
            most = Math.max(most, position);
        }
        long last = run.sourceChecks().isEmpty() ? 0
                : run.sourceChecks().get(run.sourceChecks().size() - 1).micros() - run.startMicros();
        return new SourceAckPrepared(least, most, last, run.blackout(), roundTrip);
    }

    /** The source reads at least the limit at the request's arrival for this blackout and counter position. */
    boolean fires(int position, long blackoutMicros, long limit) {
        long elapsed = Math.max(lastCheck, blackoutMicros >= FAR ? FAR : blackoutMicros + roundTrip / 2);
        return position + elapsed >= limit * 1000;
    }

    @Override
    public PolicyOutcome outcome(Limits limits) {
        long limit = limits.abortLimitMs();
        long micros = limit * 1000;
        long low = Math.max(0, blackout.low().orElse(0));
        OptionalLong high = blackout.high();
        long top = high.isPresent() ? high.getAsLong() : FAR;
        Certainty fired = Certainty.of(fires(mostPosition, top, limit), !fires(leastPosition, low, limit));
        long half = roundTrip / 2;
        long[] candidates = {low, top, micros - roundTrip, micros - roundTrip + 1,
                micros - half - mostPosition, micros - half - mostPosition - 1,
                micros - half - leastPosition, micros - half - leastPosition - 1};
        EnumSet<VerdictClass> classes = EnumSet.noneOf(VerdictClass.class);
        for (long b : candidates) {
            if (b < low || b > top) {
                continue;
            }
            boolean violated = b >= FAR || b + roundTrip > micros;
            if (fires(mostPosition, b, limit)) {
                classes.add(VerdictClass.of(true, violated));
            }
            if (!fires(leastPosition, b, limit)) {
                classes.add(VerdictClass.of(false, violated));
            }
        }
        return new PolicyOutcome(fired, classes);
    }
}
