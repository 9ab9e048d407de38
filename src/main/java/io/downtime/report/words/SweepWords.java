package io.downtime.report.words;

import io.downtime.strict.Recommendation;
import io.downtime.strict.SweepCell;

import java.util.Locale;

/**
 * The sweep's words that {@code analyzer sweep} and analyzer-fleet both print: the caveat every sweep
 * says once, and each policy's recommendation ({@link Recommendation}: the cells that decide it) in one or
 * two sentences (docs/strict-mode.md, "analyzer sweep").
 */
public final class SweepWords {
    /** Said once in every sweep's output (docs/strict-mode.md, "What-if results"). */
    public static final String CAVEAT = "What-if results hold each run's recorded switchover fixed: under other limits"
            + " QEMU might have switched over at another moment, with another blackout.";

    private SweepWords() {
    }

    /**
     * {@code the smallest limits that keep aborts at or under 1% without a missed violation are ...}: what was
     * chosen and what it rests on; for the chosen cell, how many runs the replay could not decide may still abort
     * or miss.
     */
    public static String recommendation(Recommendation recommendation) {
        if (recommendation instanceof Recommendation.Smallest smallest) {
            SweepCell cell = smallest.chosen();
            String statement = "the smallest limits that keep aborts at or under " + percent(smallest.targetAbortRate())
                    + " without a missed violation are " + cell.limits().describe() + " (promises "
                    + cell.promisedLimitMs() + " ms): of " + cell.runs() + " runs " + cell.fired() + " fire ("
                    + percent(cell.leastAbortRate()) + ") and none misses a violation";
            if (cell.mayFire() > 0 || cell.mayMiss() > 0) {
                return statement + "; not counted: " + cell.mayFire() + " may fire (at most " + percent(cell.mostAbortRate())
                        + " in all) and " + cell.mayMiss() + " may miss a violation, depending on what the replay"
                        + " cannot pin down (counter phases, clock offset)";
            }
            return statement + ", whatever the counter phases and clock offsets";
        }
        if (recommendation instanceof Recommendation.NoneQualifies none) {
            StringBuilder statement = new StringBuilder("no limits in the grid keep aborts at or under "
                    + percent(none.targetAbortRate()) + " without a missed violation");
            none.fewestAborts().ifPresent(cell -> statement.append("; without a missed violation the fewest aborts are ")
                    .append(percent(cell.leastAbortRate())).append(", at ").append(cell.limits().describe()));
            none.fewestMissed().ifPresent(cell -> statement.append("; with aborts at or under ")
                    .append(percent(none.targetAbortRate())).append(" the fewest missed violations are ")
                    .append(cell.missed()).append(" of ").append(cell.runs()).append(", at ").append(cell.limits().describe()));
            return statement.toString();
        }
        return "no run could be replayed: nothing to recommend";
    }

    /** {@code 1%}, {@code 12.5%}: two decimals at most, none when they are zero. */
    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100).replace(".00%", "%");
    }
}
