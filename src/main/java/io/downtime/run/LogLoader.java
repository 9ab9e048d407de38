package io.downtime.run;

import io.downtime.model.TraceEvent;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.EventReader;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.ReadOptions;
import io.downtime.trace.TraceInput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads located logs and their stderr files into memory (the understood events only: memory grows
 * with the events kept, not with the size of the files), accounting for every line.
 */
public final class LogLoader {

    /**
     * @param logs       what was read, one entry per log that could be opened
     * @param accounting where every line of every input went, by input name
     * @param problems   one sentence per input that could not be opened
     */
    public record Loaded(List<LogEvents> logs, Map<String, LineAccounting> accounting, List<String> problems) {
        public Loaded {
            logs = List.copyOf(logs);
            accounting = Collections.unmodifiableMap(new LinkedHashMap<>(accounting));
            problems = List.copyOf(problems);
        }

        /** True when no line was rejected and every input was read to the end. */
        public boolean clean() {
            return problems.isEmpty() && accounting.values().stream().allMatch(LineAccounting::clean);
        }
    }

    private LogLoader() {
    }

    public static Loaded load(List<LogInputs.LogInput> inputs, Consumer<Diagnostic> diagnostics) {
        List<LogEvents> logs = new ArrayList<>();
        Map<String, LineAccounting> accounting = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (LogInputs.LogInput input : inputs) {
            List<TraceEvent> events = read(input.log(), diagnostics, accounting, problems);
            if (events == null) {
                continue;
            }
            List<LogEvents.StderrEvents> stderr = new ArrayList<>();
            for (TraceInput file : input.stderr()) {
                List<TraceEvent> messages = read(file, diagnostics, accounting, problems);
                if (messages != null) {
                    stderr.add(new LogEvents.StderrEvents(file.name(), messages));
                }
            }
            logs.add(new LogEvents(input.log().name(), events, stderr));
        }
        return new Loaded(logs, accounting, problems);
    }

    private static List<TraceEvent> read(TraceInput input, Consumer<Diagnostic> diagnostics,
                                         Map<String, LineAccounting> accounting, List<String> problems) {
        try (EventReader reader = EventReader.open(input, ReadOptions.defaults(), diagnostics)) {
            List<TraceEvent> events = new ArrayList<>();
            reader.forEachRemaining(events::add);
            accounting.put(input.name(), reader.accounting());
            return events;
        } catch (IOException e) {
            problems.add(input.name() + ": cannot open: " + e.getMessage());
            return null;
        }
    }
}
