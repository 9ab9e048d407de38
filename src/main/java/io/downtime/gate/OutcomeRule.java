package io.downtime.gate;

import io.downtime.outcome.MigrationResult;
import io.downtime.outcome.OutcomeKind;
import io.downtime.runset.SetMigration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code kind: outcome}: no migration of the run set ended in one of the forbidden results
 * ({@code must_not_be: [failed, aborted-by-strict-mode]}), or every one ended in an allowed one
 * ({@code must_be: [completed]}); the results are docs/postmortem.md's.
 *
 * @param forbidden the results that fail the check
 */
public record OutcomeRule(String name, Set<MigrationResult> forbidden) implements Rule {

    public OutcomeRule {
        forbidden = Set.copyOf(forbidden);
    }

    @Override
    public String kind() {
        return "outcome";
    }


    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(this::check).toList();
    }

    private RuleResult check(SetMigration run) {
        OutcomeKind outcome = run.figures().outcome();
        boolean bad = forbidden.contains(outcome.result());
        return new RuleResult(this, run.ref().name(), bad ? CheckStatus.FAILED : CheckStatus.PASSED,
                new Finding.Outcome(outcome, run.analysis().outcome().cause(), forbidden, bad));
    }

    /** The results a {@code must_be} list leaves forbidden. */
    static Set<MigrationResult> allOtherThan(Set<MigrationResult> allowed) {
        return EnumSet.complementOf(EnumSet.copyOf(allowed));
    }
}
