package io.downtime.gate;

import java.util.List;

/**
 * Every rule checked on the run set.
 *
 * @param results one per rule and migration (one per rule for rules on the whole set), in rule order
 */
public record GateResult(RuleBook rules, List<RuleResult> results) {
    public GateResult {
        results = List.copyOf(results);
    }

    public List<RuleResult> with(CheckStatus outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).toList();
    }

    public boolean passed() {
        return with(CheckStatus.FAILED).isEmpty();
    }
}
