package io.downtime.run;

import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each run the lines of QEMU's stderr file that fall in its time span. A run's span starts at
 * its first timed event and lasts until the next run starts: errors are printed after the state
 * change that ends a run (the source's {@code failed} comes before its {@code Unable to write to
 * socket}). Lines before the first run belong to it (startup warnings); lines without a time go to
 * the last run. Trace events in a stderr file (a QEMU run without {@code -D}) are not used here:
 * a note says to give that file as a log.
 */
final class StderrPlacement {
    private StderrPlacement() {
    }

    /** One list per run, in the runs' order. */
    static List<List<TraceEvent>> place(List<List<TraceEvent>> runs, List<LogEvents.StderrEvents> files,
                                        List<FoundNote> notes) {
        List<List<TraceEvent>> placed = new ArrayList<>();
        long[] starts = new long[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            placed.add(new ArrayList<>());
            starts[i] = runs.get(i).stream().filter(e -> e.header().hasTime())
                    .mapToLong(e -> e.header().micros()).findFirst().orElse(Long.MIN_VALUE);
        }
        for (LogEvents.StderrEvents file : files) {
            long traceEvents = 0;
            long messages = 0;
            for (TraceEvent event : file.events()) {
                if (!Run.isMessage(event)) {
                    traceEvents++;
                    continue;
                }
                messages++;
                if (!runs.isEmpty()) {
                    placed.get(runIndex(starts, event)).add(event);
                }
            }
            if (traceEvents > 0) {
                notes.add(new FoundNote.StderrTraceEvents(file.name(), traceEvents));
            }
            if (runs.isEmpty() && messages > 0) {
                notes.add(new FoundNote.StderrUnplaced(file.name(), messages));
            }
        }
        return placed;
    }

    private static int runIndex(long[] starts, TraceEvent message) {
        if (!message.header().hasTime()) {
            return starts.length - 1;
        }
        long time = message.header().micros();
        int index = 0;
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] != Long.MIN_VALUE && starts[i] <= time) {
                index = i;
            }
        }
        return index;
    }
}
