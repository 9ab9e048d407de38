package io.downtime.gate;

import java.util.OptionalLong;

/**
 * One rule checked on one migration, or on the whole run set.
 *
 * @param subject the migration's name, or {@link #ALL_RUNS} for a rule on the run set
 * @param finding what the check found, which {@code report.gate.GateWords} words
 */
public record RuleResult(Rule rule, String subject, CheckStatus outcome, Finding finding) {
    public static final String ALL_RUNS = "all runs";

    /** The measured time in µs, when the rule measures a time. */
    public OptionalLong measuredUs() {
        return finding.measuredUs();
    }

    /** A figure the rule could not measure is skipped or failed as {@code when_unknown} says. */
    static CheckStatus unknown(UnknownPolicy whenUnknown) {
        return whenUnknown == UnknownPolicy.SKIP ? CheckStatus.SKIPPED : CheckStatus.FAILED;
    }
}
