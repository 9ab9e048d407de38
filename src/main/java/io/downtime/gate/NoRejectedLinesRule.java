package io.downtime.gate;

import io.downtime.runset.SetMigration;
import io.downtime.trace.LineAccounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: no-rejected-lines}: no line of the inputs a migration came from was rejected, and
 * every input was read to its end. The rejected lines themselves are on stderr as
 * {@code file:line:column: message}.
 */
public record NoRejectedLinesRule(String name) implements Rule {
    @Override
    public String kind() {
        return "no-rejected-lines";
    }


    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(this::check).toList();
    }

    private RuleResult check(SetMigration run) {
        List<Finding.InputLines> damaged = new ArrayList<>();
        for (Map.Entry<String, LineAccounting> input : run.accounting().entrySet()) {
            LineAccounting lines = input.getValue();
            if (lines.rejected() > 0 || lines.readFailures() > 0) {
                damaged.add(new Finding.InputLines(input.getKey(), lines.rejected(), lines.readFailures()));
            }
        }
        return new RuleResult(this, run.ref().name(), damaged.isEmpty() ? CheckStatus.PASSED : CheckStatus.FAILED,
                new Finding.Lines(damaged, run.rejectedLines()));
    }
}
