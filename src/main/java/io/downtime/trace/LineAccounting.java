package io.downtime.trace;

import io.downtime.model.EventKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where every line of an input went. {@code lines = understood + otherEvents + nonTrace + rejected}
 * always holds: nothing is dropped without being counted.
 *
 * @param understood      lines parsed into an understood event, by kind
 * @param otherEvents     well-formed trace events this tool does not interpret
 * @param otherEventNames those other events by name
 * @param nonTrace        lines that are not trace lines at all (blank lines, libvirt's own lines, ...)
 * @param rejected        lines that looked like trace lines but could not be parsed; each has a diagnostic
 * @param readFailures    inputs whose bytes could not be read to the end (damaged gzip, I/O error)
 */
public record LineAccounting(long lines, Map<EventKind, Long> understood, long otherEvents,
                             Map<String, Long> otherEventNames, long nonTrace, long rejected, long readFailures) {

    public LineAccounting {
        EnumMap<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        kinds.putAll(understood);
        understood = Collections.unmodifiableMap(kinds);
        otherEventNames = Collections.unmodifiableMap(new TreeMap<>(otherEventNames));
    }

    public static LineAccounting empty() {
        return new LineAccounting(0, new EnumMap<>(EventKind.class), 0, Map.of(), 0, 0, 0);
    }

    public long understoodTotal() {
        return understood.values().stream().mapToLong(Long::longValue).sum();
    }

    public long understood(EventKind kind) {
        return understood.getOrDefault(kind, 0L);
    }

    /** True when every line was read and none was rejected. */
    public boolean clean() {
        return rejected == 0 && readFailures == 0;
    }

    public LineAccounting plus(LineAccounting other) {
        EnumMap<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        kinds.putAll(understood);
        other.understood.forEach((kind, count) -> kinds.merge(kind, count, Long::sum));
        TreeMap<String, Long> names = new TreeMap<>(otherEventNames);
        other.otherEventNames.forEach((name, count) -> names.merge(name, count, Long::sum));
        return new LineAccounting(lines + other.lines, kinds, otherEvents + other.otherEvents, names,
                nonTrace + other.nonTrace, rejected + other.rejected, readFailures + other.readFailures);
    }
}
