package io.downtime.gate;

import io.downtime.runset.SetRun;
import io.downtime.trace.LineAccounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

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
    public String demand() {
        return "no rejected lines in the inputs";
    }

    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(this::check).toList();
    }

    private RuleResult check(SetRun run) {
        String subject = run.ref().name();
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, LineAccounting> input : run.accounting().entrySet()) {
            LineAccounting lines = input.getValue();
            if (lines.rejected() > 0) {
                bad.add(lines.rejected() + " rejected line" + (lines.rejected() == 1 ? "" : "s") + " in " + input.getKey());
            }
            if (lines.readFailures() > 0) {
                bad.add(input.getKey() + " could not be read to its end");
            }
        }
        long rejected = run.rejectedLines();
        if (bad.isEmpty()) {
            return new RuleResult(this, subject, CheckStatus.PASSED, Optional.of("0 rejected lines"), OptionalLong.empty(),
                    "0", "no rejected lines in the inputs of " + subject);
        }
        return new RuleResult(this, subject, CheckStatus.FAILED, Optional.of(rejected + " rejected lines"),
                OptionalLong.empty(), "0", String.join("; ", bad) + " (stderr lists them as file:line:column)"
                + " for " + subject);
    }
}
