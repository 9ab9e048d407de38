package io.downtime.run;

import io.downtime.model.TraceEvent;

import java.util.List;

/**
 * What was read from one host's log, and from QEMU's stderr files that belong with it.
 *
 * @param name   the log's name as given
 * @param events the log's understood events, in file order
 * @param stderr stderr files of the same QEMU ({@code src.stderr} beside {@code src.log}, or {@code --stderr})
 */
public record LogEvents(String name, List<TraceEvent> events, List<StderrEvents> stderr) {
    public LogEvents {
        events = List.copyOf(events);
        stderr = List.copyOf(stderr);
    }

    /** One stderr file's events. */
    public record StderrEvents(String name, List<TraceEvent> events) {
        public StderrEvents {
            events = List.copyOf(events);
        }
    }
}
