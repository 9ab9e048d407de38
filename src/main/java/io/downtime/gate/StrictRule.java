package io.downtime.gate;

import io.downtime.run.Durations;
import io.downtime.runset.SetRun;
import io.downtime.strict.Certainty;
import io.downtime.strict.Firing;
import io.downtime.strict.Limits;
import io.downtime.strict.Policy;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.StrictReplay;
import io.downtime.strict.VerdictClass;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code kind: strict}: strict mode under a policy with given limits, replayed on every migration
 * ({@code analyzer replay}'s engine, docs/strict-mode.md), must not fire, or must not miss a
 * violation. The replay often cannot pin a verdict down (the millisecond counters' phases, the clock
 * offset): a check that <em>may</em> fire, or may have missed, follows {@code when_uncertain}.
 *
 * @param whenUncertain FAIL fails a check that may fire (may miss); SKIP lets it pass as skipped
 * @param whenUnknown   what a migration the policy cannot be replayed on does
 */
public record StrictRule(String name, Policy policy, Limits limits, StrictExpectation mustNot, ReplayOptions options,
                         UnknownPolicy whenUncertain, UnknownPolicy whenUnknown) implements Rule {
    @Override
    public String kind() {
        return "strict";
    }

    @Override
    public String demand() {
        return "strict mode " + policy.name() + " at " + limits.describe() + " must not "
                + mustNot.label().replace('-', ' ');
    }

    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(this::check).toList();
    }

    private RuleResult check(SetRun run) {
        String subject = run.ref().name();
        String limit = "must not " + mustNot.label().replace('-', ' ');
        PolicyVerdict verdict = StrictReplay.replay(run.analysis().migration(), policy, limits, options);
        String setting = policy.name() + " at " + limits.describe();
        if (!verdict.replayed()) {
            return RuleResult.unknown(this, subject, limit, whenUnknown,
                    setting + " cannot be replayed on " + subject + ": " + verdict.unreplayable().get());
        }
        String classes = verdict.outcome().describeClasses();
        return mustNot == StrictExpectation.FIRE ? fire(run, verdict, setting, limit, classes)
                : miss(run, verdict, setting, limit, classes);
    }

    private RuleResult fire(SetRun run, PolicyVerdict verdict, String setting, String limit, String classes) {
        String subject = run.ref().name();
        Certainty fired = verdict.outcome().fired();
        String measured = fired.label() + " (" + classes + ")";
        if (fired == Certainty.CANNOT_FIRE) {
            return new RuleResult(this, subject, CheckStatus.PASSED, Optional.of(measured), OptionalLong.empty(), limit,
                    setting + " cannot fire in " + subject);
        }
        String where = verdict.first().map(StrictRule::where).orElse("");
        return uncertainOrFailed(subject, fired == Certainty.MAY_FIRE, measured, limit,
                setting + " " + fired.label() + " in " + subject + where + " (" + classes + ")");
    }

    private RuleResult miss(SetRun run, PolicyVerdict verdict, String setting, String limit, String classes) {
        String subject = run.ref().name();
        boolean certainly = verdict.outcome().certainly(VerdictClass.MISSED_VIOLATION);
        boolean possibly = verdict.outcome().possibly(VerdictClass.MISSED_VIOLATION);
        if (!possibly) {
            return new RuleResult(this, subject, CheckStatus.PASSED, Optional.of(classes), OptionalLong.empty(), limit,
                    setting + " does not miss a violation in " + subject + " (" + classes + ")");
        }
        OptionalLong low = verdict.judgedAgainst().low();
        String stopped = low.isPresent() ? "; the guest was stopped at least " + Durations.of(low.getAsLong()) : "";
        return uncertainOrFailed(subject, !certainly, classes, limit, setting + (certainly ? " misses" : " may miss")
                + " a violation in " + subject + ": it promises " + verdict.promisedLimitMs() + " ms" + stopped
                + " (" + classes + ")");
    }

    private RuleResult uncertainOrFailed(String subject, boolean uncertain, String measured, String limit,
                                         String message) {
        if (uncertain && whenUncertain == UnknownPolicy.SKIP) {
            return new RuleResult(this, subject, CheckStatus.SKIPPED, Optional.of(measured), OptionalLong.empty(), limit,
                    message + " (when_uncertain: skip)");
        }
        return new RuleResult(this, subject, CheckStatus.FAILED, Optional.of(measured), OptionalLong.empty(), limit,
                message + (uncertain ? " (when_uncertain: fail)" : ""));
    }

    /** {@code : first at the destination's load of cpu_common 0 (dst.log:7), 142.998 ms after src-downtime-start}. */
    private static String where(Firing firing) {
        OptionalLong since = firing.sinceStart().value().isPresent() ? firing.sinceStart().value()
                : firing.sinceStart().bounds().low();
        return ": first at the " + firing.at().host().label() + "'s " + firing.at().site().label() + " ("
                + firing.at().where() + ")" + (since.isPresent() ? ", " + Durations.of(since.getAsLong())
                + " after src-downtime-start" : "");
    }
}
