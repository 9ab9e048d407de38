package io.downtime.crosscheck;

import io.downtime.model.LineRef;
import io.downtime.trace.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Gathers the figures of one report as its lines are read. A figure given twice (two reports
 * pasted into one file) keeps its first value, and the second gets a diagnostic rather than
 * being silently dropped.
 */
final class FiguresCollector {
    private final FigureSource source;
    private final String origin;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Optional<String> status = Optional.empty();
    private Optional<MigrationDirection> direction = Optional.empty();
    private OptionalLong downtime = OptionalLong.empty();
    private OptionalLong downtimeWithoutNetwork = OptionalLong.empty();
    private OptionalLong totalTime = OptionalLong.empty();
    private OptionalLong totalTimeWithoutNetwork = OptionalLong.empty();
    private OptionalLong setupTime = OptionalLong.empty();
    private OptionalLong expectedDowntime = OptionalLong.empty();
    private Optional<DataSize> downtimeBytes = Optional.empty();

    FiguresCollector(FigureSource source, String origin) {
        this.source = source;
        this.origin = origin;
    }

    void problem(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    void status(String value, LineRef where) {
        status = first(status, Optional.of(value), "status", where);
    }

    void direction(MigrationDirection value, LineRef where) {
        direction = first(direction, Optional.of(value), "operation", where);
    }

    void downtime(long ms, LineRef where) {
        downtime = first(downtime, ms, "downtime", where);
    }

    void downtimeWithoutNetwork(long ms, LineRef where) {
        downtimeWithoutNetwork = first(downtimeWithoutNetwork, ms, "downtime without network", where);
    }

    void totalTime(long ms, LineRef where) {
        totalTime = first(totalTime, ms, "total time", where);
    }

    void totalTimeWithoutNetwork(long ms, LineRef where) {
        totalTimeWithoutNetwork = first(totalTimeWithoutNetwork, ms, "total time without network", where);
    }

    void setupTime(long ms, LineRef where) {
        setupTime = first(setupTime, ms, "setup time", where);
    }

    void expectedDowntime(long ms, LineRef where) {
        expectedDowntime = first(expectedDowntime, ms, "expected downtime", where);
    }

    void downtimeBytes(DataSize size, LineRef where) {
        downtimeBytes = first(downtimeBytes, Optional.of(size), "downtime bytes", where);
    }

    /**
     * The figures. A report that gave neither a figure nor a status is not the report expected,
     * and gets a diagnostic saying what was; a status alone (a failed migration) is a valid report.
     */
    ToolReportReading finish(String expected) {
        ToolReport figures = new ToolReport(source, origin, status, direction, downtime, downtimeWithoutNetwork,
                totalTime, totalTimeWithoutNetwork, setupTime, expectedDowntime, downtimeBytes);
        if (!figures.hasFigures() && status.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(new Diagnostic(new LineRef(origin, 1), 1,
                    "no migration figures found; expected " + expected));
        }
        return new ToolReportReading(figures, diagnostics);
    }

    private <T> Optional<T> first(Optional<T> kept, Optional<T> value, String name, LineRef where) {
        return again(kept.isPresent(), name, where) ? kept : value;
    }

    private OptionalLong first(OptionalLong kept, long value, String name, LineRef where) {
        return again(kept.isPresent(), name, where) ? kept : OptionalLong.of(value);
    }

    /** True when the figure was already given; the second time gets a diagnostic. */
    private boolean again(boolean given, String name, LineRef where) {
        if (given) {
            diagnostics.add(new Diagnostic(where, 1, name + " given a second time; the first value is kept"));
        }
        return given;
    }
}
