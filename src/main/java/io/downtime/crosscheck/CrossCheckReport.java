package io.downtime.crosscheck;

import java.util.List;
import java.util.Optional;

/**
 * The cross-checks of one {@code analyzer report}: the reports read, and their comparison with the
 * one migration they describe (empty without reports).
 */
public record CrossCheckReport(List<CrossCheckInput> inputs, Optional<CrossChecks> checks) {
    public CrossCheckReport {
        inputs = List.copyOf(inputs);
    }

    public static CrossCheckReport none() {
        return new CrossCheckReport(List.of(), Optional.empty());
    }
}
