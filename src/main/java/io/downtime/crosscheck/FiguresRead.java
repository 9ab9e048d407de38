package io.downtime.crosscheck;

import io.downtime.trace.Diagnostic;

import java.util.List;

/**
 * What reading one report gave: its figures (possibly none), and a diagnostic for every line or
 * value that could not be read. Reading goes on after a bad line, as for traces.
 */
public record FiguresRead(ReportedFigures figures, List<Diagnostic> diagnostics) {
    public FiguresRead {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean clean() {
        return diagnostics.isEmpty();
    }
}
