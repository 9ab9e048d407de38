package io.downtime.gate;

import java.util.List;

/**
 * A rules file, read and checked.
 *
 * @param file    the file as given
 * @param version its {@code version}
 * @param rules   its rules, in file order
 */
public record RuleBook(String file, int version, List<Rule> rules) {
    public RuleBook {
        rules = List.copyOf(rules);
    }

    /** True when a rule compares against a baseline, so that {@code --baseline} is needed. */
    public boolean needsBaseline() {
        return rules.stream().anyMatch(rule -> rule instanceof NoRegressionRule);
    }
}
