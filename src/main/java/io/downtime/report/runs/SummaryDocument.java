package io.downtime.report.runs;

import io.downtime.runset.RunSet;

/** What one {@code analyzer runs --summary} prints: each figure's median, p95 and max across the runs (docs/compare.md). */
public record SummaryDocument(RunSet set, RunSetSummary summary) {
}
