package io.downtime.run;

import io.downtime.model.TraceEvent;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.EventReader;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.ReadOptions;
import io.downtime.trace.TraceInput;
import io.downtime.trace.UnreadableInput;

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
 *
 * <p>At most {@link #MAX_EVENTS_PER_INPUT} understood events of one input are kept, so that a huge or
 * hostile log cannot exhaust memory: past that, the input is still read to its end and every line
 * counted, the first event not kept gets a diagnostic, and the input is named among the problems.
 */
public final class LogLoader {
    /**
     * A real migration has 50 to 200 understood events; a libvirt domain log of a guest migrated a
     * thousand times about 200,000. Two inputs at the cap, with everything the report builds on them,
     * stay within the launcher's 1 GiB heap (docs/performance.md measures the worst case).
     */
    public static final int MAX_EVENTS_PER_INPUT = 500_000;

    /**
     * @param logs       what was read, one entry per log that could be opened
     * @param accounting where every line of every input went, by input name
     * @param problems   each input that could not be opened or was kept in part
     */
    public record Loaded(List<LogEvents> logs, Map<String, LineAccounting> accounting, List<InputProblem> problems) {
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
        return load(inputs, diagnostics, MAX_EVENTS_PER_INPUT);
    }

    /** As {@link #load(List, Consumer)}, keeping at most {@code maxEventsPerInput} events of each input. */
    static Loaded load(List<LogInputs.LogInput> inputs, Consumer<Diagnostic> diagnostics, int maxEventsPerInput) {
        List<LogEvents> logs = new ArrayList<>();
        Map<String, LineAccounting> accounting = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (LogInputs.LogInput input : inputs) {
            List<TraceEvent> events = read(input.log(), diagnostics, accounting, problems, maxEventsPerInput);
            if (events == null) {
                continue;
            }
            List<LogEvents.StderrEvents> stderr = new ArrayList<>();
            for (TraceInput file : input.stderr()) {
                List<TraceEvent> messages = read(file, diagnostics, accounting, problems, maxEventsPerInput);
                if (messages != null) {
                    stderr.add(new LogEvents.StderrEvents(file.name(), messages));
                }
            }
            long lines = accounting.get(input.log().name()).lines();
            boolean cut = !events.isEmpty() && events.get(events.size() - 1).header().where().line() == lines
                    && FinalLineEnd.missing(input.log());
            logs.add(new LogEvents(input.log().name(), events, stderr, cut));
        }
        return new Loaded(logs, accounting, problems);
    }

    private static List<TraceEvent> read(TraceInput input, Consumer<Diagnostic> diagnostics,
                                         Map<String, LineAccounting> accounting, List<InputProblem> problems,
                                         int maxEvents) {
        try (EventReader reader = EventReader.open(input, ReadOptions.defaults(), diagnostics)) {
            List<TraceEvent> events = new ArrayList<>();
            long notKept = 0;
            while (reader.hasNext()) {
                TraceEvent event = reader.next();
                if (events.size() < maxEvents) {
                    events.add(event);
                } else if (notKept++ == 0) {
                    diagnostics.accept(new Diagnostic(event.header().where(), 1, "more than " + maxEvents
                            + " understood events in one input: this line's event and the later ones are not kept"));
                }
            }
            accounting.put(input.name(), reader.accounting());
            if (notKept > 0) {
                problems.add(new InputProblem.EventsCapped(input.name(), maxEvents,
                        events.get(events.size() - 1).header().where().line(), notKept));
            }
            return events;
        } catch (IOException e) {
            problems.add(new InputProblem.CannotOpen(input.name(), UnreadableInput.reason(e)));
            return null;
        }
    }
}
