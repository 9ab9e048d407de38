package io.downtime.gate;

import io.downtime.runset.SetMigration;
import io.downtime.strict.Certainty;
import io.downtime.strict.Limits;
import io.downtime.strict.Policy;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.StrictReplay;
import io.downtime.strict.VerdictClass;

import java.util.List;

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
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(this::check).toList();
    }

    private RuleResult check(SetMigration run) {
        String subject = run.ref().name();
        PolicyVerdict verdict = StrictReplay.replay(run.analysis().migration(), policy, limits, options);
        if (!verdict.replayed()) {
            return new RuleResult(this, subject, RuleResult.unknown(whenUnknown),
                    new Finding.Unreplayable(verdict.unreplayable().get(), whenUnknown));
        }
        if (mustNot == StrictExpectation.FIRE) {
            Certainty fired = verdict.outcome().fired();
            return new RuleResult(this, subject, fired == Certainty.CANNOT_FIRE ? CheckStatus.PASSED
                    : failedOrSkipped(fired == Certainty.MAY_FIRE), new Finding.MustNotFire(verdict));
        }
        boolean certainly = verdict.outcome().certainly(VerdictClass.MISSED_VIOLATION);
        boolean possibly = verdict.outcome().possibly(VerdictClass.MISSED_VIOLATION);
        return new RuleResult(this, subject, possibly ? failedOrSkipped(!certainly) : CheckStatus.PASSED,
                new Finding.MustNotMiss(verdict, certainly, possibly));
    }

    /** A check that may fire (may miss) follows {@code when_uncertain}; one that certainly does fails. */
    private CheckStatus failedOrSkipped(boolean uncertain) {
        return uncertain && whenUncertain == UnknownPolicy.SKIP ? CheckStatus.SKIPPED : CheckStatus.FAILED;
    }
}
