package io.downtime.gate;

import java.util.ArrayList;
import java.util.List;

/** Checks every rule of a rules file on a run set. */
public final class Gate {
    private Gate() {
    }

    public static GateResult check(RuleBook rules, GateContext context) {
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            results.addAll(rule.check(context));
        }
        return new GateResult(rules, results);
    }
}
