package io.downtime.fleet.table;

import io.downtime.strict.PolicyVerdict;

/** What a row of {@code verdicts} describes: one policy replayed on one migration at one pair of limits. */
public record VerdictRow(int migration, PolicyVerdict verdict) {
}
