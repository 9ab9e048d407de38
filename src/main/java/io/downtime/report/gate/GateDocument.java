package io.downtime.report.gate;

import io.downtime.gate.GateResult;

import java.util.Optional;

/**
 * What one {@code analyzer gate} writes, in every format.
 *
 * @param migrations   how many migrations the run set held
 * @param baselineFile the {@code --baseline} file, when given
 * @param toolVersion  the analyzer's version
 */
public record GateDocument(GateResult result, int migrations, Optional<String> baselineFile, String toolVersion) {
}
