package io.downtime.gate;

import io.downtime.runset.Baseline;
import io.downtime.runset.RunSet;

import java.util.Optional;

/**
 * What rules are checked against.
 *
 * @param set      the run set the gate reads
 * @param baseline the baseline of {@code --baseline}, for regression rules
 */
public record GateContext(RunSet set, Optional<Baseline> baseline) {
}
