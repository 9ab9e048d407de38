package io.downtime.report.gate;

import io.downtime.report.words.ReplayWords;
import io.downtime.gate.CheckStatus;
import io.downtime.gate.Finding;
import io.downtime.gate.RuleResult;
import io.downtime.gate.StrictRule;
import io.downtime.run.Durations;
import io.downtime.strict.Certainty;
import io.downtime.strict.Firing;
import io.downtime.strict.PolicyVerdict;

import java.util.OptionalLong;

/** A strict rule's check in words: the policy's setting, where it first fires, what {@code when_uncertain} made of it. */
final class StrictCheckWords {
    private StrictCheckWords() {
    }

    /** The message of a strict rule's check. */
    static String message(RuleResult result) {
        Finding finding = result.finding();
        String subject = result.subject();
        StrictRule rule = (StrictRule) result.rule();
        if (finding instanceof Finding.Unreplayable unreplayable) {
            return GateWords.unknown(setting(rule) + " cannot be replayed on " + subject + ": " + ReplayWords.unreplayable(unreplayable.reason()),
                    unreplayable.whenUnknown());
        }
        if (finding instanceof Finding.MustNotFire fire) {
            String classes = classes(fire.verdict());
            if (fire.fired() == Certainty.CANNOT_FIRE) {
                return setting(rule) + " cannot fire in " + subject;
            }
            String where = fire.verdict().first().map(StrictCheckWords::where).orElse("");
            return uncertain(result, fire.fired() == Certainty.MAY_FIRE, setting(rule) + " " + fire.fired().label()
                    + " in " + subject + where + " (" + classes + ")");
        }
        Finding.MustNotMiss miss = (Finding.MustNotMiss) finding;
        String classes = classes(miss.verdict());
        if (!miss.possibly()) {
            return setting(rule) + " does not miss a violation in " + subject + " (" + classes + ")";
        }
        OptionalLong low = miss.verdict().judgedAgainst().low();
        String stopped = low.isPresent() ? "; the guest was stopped at least " + Durations.of(low.getAsLong()) : "";
        return uncertain(result, !miss.certainly(), setting(rule) + (miss.certainly() ? " misses" : " may miss")
                + " a violation in " + subject + ": it promises " + miss.verdict().promisedLimitMs() + " ms" + stopped
                + " (" + classes + ")");
    }

    /** {@code rfc at downtime-limit 50 ms + switchover-limit 10 ms = abort limit 60 ms}. */
    static String setting(StrictRule rule) {
        return rule.policy().name() + " at " + rule.limits().describe();
    }

    static String mustNot(StrictRule rule) {
        return rule.mustNot().label().replace('-', ' ');
    }

    static String classes(PolicyVerdict verdict) {
        return ReplayWords.classes(verdict.outcome());
    }

    /** A check that may fire (may miss) ends with what {@code when_uncertain} made of it. */
    private static String uncertain(RuleResult result, boolean uncertain, String message) {
        if (result.outcome() == CheckStatus.SKIPPED) {
            return message + " (when_uncertain: skip)";
        }
        return message + (uncertain ? " (when_uncertain: fail)" : "");
    }

    /** {@code : first at the destination's load of cpu_common 0 (dst.log:7), 142.998 ms after src-downtime-start}. */
    static String where(Firing firing) {
        OptionalLong since = firing.sinceStart().value().isPresent() ? firing.sinceStart().value()
                : firing.sinceStart().bounds().low();
        return ": first at the " + firing.at().host().label() + "'s " + firing.at().site().label() + " ("
                + firing.at().where() + ")" + (since.isPresent() ? ", " + Durations.of(since.getAsLong())
                + " after src-downtime-start" : "");
    }
}
