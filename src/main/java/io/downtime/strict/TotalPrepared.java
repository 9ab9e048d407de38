package io.downtime.strict;

import java.util.EnumSet;

/**
 * The total-budget policy on one run: it fires exactly when the blackout exceeds the downtime limit,
 * so only the blackout is kept.
 */
record TotalPrepared(JudgedBlackout blackout) implements PreparedReplay {
    @Override
    public PolicyOutcome outcome(Limits limits) {
        long limit = limits.downtimeLimitMs() * 1000;
        boolean exceed = blackout.canExceed(limit);
        boolean meet = blackout.canMeet(limit);
        EnumSet<VerdictClass> classes = EnumSet.noneOf(VerdictClass.class);
        if (exceed) {
            classes.add(VerdictClass.FIRED_RIGHTLY);
        }
        if (meet) {
            classes.add(VerdictClass.RIGHTLY_SILENT);
        }
        return new PolicyOutcome(Certainty.of(exceed, meet), classes);
    }
}
