package io.downtime.testing;

import io.downtime.model.TraceEvent;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.EventReader;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.ReadOptions;
import io.downtime.trace.TraceInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything one read of one input produced, for assertions. */
public record ReadResult(List<TraceEvent> events, List<Diagnostic> diagnostics, LineAccounting accounting) {

    public static ReadResult read(Path path) {
        return read(TraceInput.file(path), ReadOptions.defaults());
    }

    public static ReadResult read(TraceInput input, ReadOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<TraceEvent> events = new ArrayList<>();
        try (EventReader reader = EventReader.open(input, options, diagnostics::add)) {
            reader.forEachRemaining(events::add);
            return new ReadResult(events, diagnostics, reader.accounting());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
