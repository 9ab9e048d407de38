package io.downtime.report.runs;

import io.downtime.runset.RunSet;
import io.downtime.runset.StrictVerdicts;

import java.util.Optional;

/**
 * What one {@code analyzer runs} prints: what a run set holds and how it was paired (docs/compare.md).
 *
 * @param strict the verdicts at the limits the user gave, when given
 */
public record RunSetDocument(RunSet set, Optional<StrictVerdicts> strict) {
}
