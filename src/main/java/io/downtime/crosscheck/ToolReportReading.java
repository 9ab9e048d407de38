package io.downtime.crosscheck;

import io.downtime.trace.Diagnostic;

import java.util.List;

/**
 * What reading one tool's report file gave: the report (possibly without figures), and a diagnostic
 * for every line or value that could not be read. Reading goes on after a bad line, as for traces.
 */
public record ToolReportReading(ToolReport report, List<Diagnostic> diagnostics) {
    public ToolReportReading {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean clean() {
        return diagnostics.isEmpty();
    }
}
