package io.downtime.run;

import io.downtime.model.LineForm;
import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts one log's events (file order) into the event lists of its runs.
 *
 * <p>Thread ids differ within one QEMU process (the log backend's number before {@code @} is a
 * thread id), so they never separate runs. SystemTap's number is a process id, and one SystemTap
 * session may record several QEMU processes at once: those events are first grouped by process.
 * QEMU's messages never open a run: messages before a run's first trace event belong to it (startup
 * warnings), messages after a log's last run belong to that run (errors printed on the way out).
 */
public final class RunSplitter {
    private static final long NO_PROCESS = Long.MIN_VALUE;
    private final RunBoundary boundary;

    public RunSplitter(RunBoundary boundary) {
        this.boundary = boundary;
    }

    /** The runs' events, in order of their first line. A log without any trace event has no run. */
    public List<List<TraceEvent>> split(List<TraceEvent> events) {
        Map<Long, List<Segment>> byProcess = new LinkedHashMap<>();
        long process = NO_PROCESS;
        for (TraceEvent event : events) {
            if (event.header().form() == LineForm.SYSTEMTAP && event.header().id().isPresent()) {
                process = event.header().id().getAsLong();
            }
            place(event, byProcess.computeIfAbsent(process, key -> new ArrayList<>()));
        }
        List<List<TraceEvent>> runs = new ArrayList<>();
        for (List<Segment> segments : byProcess.values()) {
            runs.addAll(withTrailingMessagesKept(segments));
        }
        runs.sort(Comparator.comparingLong(run -> run.get(0).header().where().line()));
        return runs;
    }

    private void place(TraceEvent event, List<Segment> segments) {
        Segment current = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        boolean message = Run.isMessage(event);
        boolean previousEnded = current != null && current.ended;
        boolean opens = !message && current != null && current.hasTraceEvents && boundary.startsRun(event);
        if (current == null || previousEnded || opens) {
            current = new Segment();
            segments.add(current);
        }
        current.events.add(event);
        current.hasTraceEvents |= !message;
        current.ended = !message && boundary.endsRun(event);
    }

    private static List<List<TraceEvent>> withTrailingMessagesKept(List<Segment> segments) {
        List<List<TraceEvent>> runs = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.hasTraceEvents) {
                runs.add(List.copyOf(segment.events));
            } else if (!runs.isEmpty()) {
                List<TraceEvent> last = new ArrayList<>(runs.remove(runs.size() - 1));
                last.addAll(segment.events);
                runs.add(List.copyOf(last));
            }
        }
        return runs;
    }

    private static final class Segment {
        final List<TraceEvent> events = new ArrayList<>();
        boolean hasTraceEvents;
        boolean ended;
    }
}
