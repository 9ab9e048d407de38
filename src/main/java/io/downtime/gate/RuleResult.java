package io.downtime.gate;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One rule checked on one migration, or on the whole run set.
 *
 * @param subject    the migration's name, or {@link #ALL_RUNS} for a rule on the run set
 * @param measured   what was measured, as text ({@code at least 405.351 ms}, {@code one-sided})
 * @param measuredUs the measured time in µs, when the rule measures a time
 * @param limit      the rule's limit, as text
 * @param message    one sentence with the measured value, the limit and the migration
 */
public record RuleResult(Rule rule, String subject, CheckStatus outcome, Optional<String> measured,
                         OptionalLong measuredUs, String limit, String message) {
    public static final String ALL_RUNS = "all runs";

    /**
     * The rule could not measure its figure on {@code subject}: skipped or failed as
     * {@code when_unknown} says, which the message ends with.
     *
     * @param why what was unknown and why, with the limit
     */
    static RuleResult unknown(Rule rule, String subject, String limit, UnknownPolicy whenUnknown, String why) {
        return new RuleResult(rule, subject, whenUnknown == UnknownPolicy.SKIP ? CheckStatus.SKIPPED : CheckStatus.FAILED,
                Optional.empty(), OptionalLong.empty(), limit, why + " (when_unknown: " + whenUnknown.label() + ")");
    }
}
