package io.downtime.run;

import io.downtime.model.TraceEvent;

import java.util.List;

/**
 * What was read from one host's log, and from QEMU's stderr files that belong with it.
 *
 * @param name          the log's name as given
 * @param events        the log's understood events, in file order
 * @param stderr        stderr files of the same QEMU ({@code src.stderr} beside {@code src.log}, or {@code --stderr})
 * @param cutLastLine   the log's last line is an understood event and has no line end, which QEMU always
 *                      writes: the file was cut while being written, so that event's values may be cut short
 */
public record LogEvents(String name, List<TraceEvent> events, List<StderrEvents> stderr, boolean cutLastLine) {
    public LogEvents {
        events = List.copyOf(events);
        stderr = List.copyOf(stderr);
    }

    public LogEvents(String name, List<TraceEvent> events, List<StderrEvents> stderr) {
        this(name, events, stderr, false);
    }

    /** One stderr file's events. */
    public record StderrEvents(String name, List<TraceEvent> events) {
        public StderrEvents {
            events = List.copyOf(events);
        }
    }
}
