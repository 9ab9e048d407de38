package io.downtime.report.events;

import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.OtherEvent;
import io.downtime.model.TraceEvent;
import io.downtime.trace.LineAccounting;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The events of one input that an HTML page draws: device saves and loads, and every other
 * understood event (checkpoints, states, RFC events, messages). At most {@link #KEPT} of each are
 * kept, so a page stays readable and memory stays bounded on a log of many migrations; the
 * counts say how many there were.
 */
final class InputEvents {
    static final int KEPT = 5000;

    private final String name;
    private final List<DeviceDowntime> devices = new ArrayList<>();
    private final List<TraceEvent> moments = new ArrayList<>();
    private long deviceCount;
    private long momentCount;
    private LineAccounting accounting = LineAccounting.empty();

    InputEvents(String name) {
        this.name = name;
    }

    void add(TraceEvent event) {
        if (event instanceof DeviceDowntime device) {
            if (deviceCount++ < KEPT) {
                devices.add(device);
            }
        } else if (!(event instanceof OtherEvent)) {
            if (momentCount++ < KEPT) {
                moments.add(event);
            }
        }
    }

    void finish(LineAccounting lines) {
        this.accounting = lines;
    }

    String name() {
        return name;
    }

    List<DeviceDowntime> devices() {
        return devices;
    }

    /** Checkpoints, state changes, RFC events and QEMU messages, in line order. */
    List<TraceEvent> moments() {
        return moments;
    }

    long deviceCount() {
        return deviceCount;
    }

    long momentCount() {
        return momentCount;
    }

    LineAccounting accounting() {
        return accounting;
    }

    /**
     * Time zero of the input's timeline: its first checkpoint, where the switchover begins, or
     * its first timed event when it has no checkpoint; empty when no line has a time.
     */
    OptionalLong timeZeroMicros() {
        for (TraceEvent event : moments) {
            if (event instanceof Checkpoint && event.header().hasTime()) {
                return OptionalLong.of(event.header().micros());
            }
        }
        long first = Long.MAX_VALUE;
        for (TraceEvent event : moments) {
            if (event.header().hasTime()) {
                first = Math.min(first, event.header().micros());
            }
        }
        for (DeviceDowntime event : devices) {
            if (event.header().hasTime()) {
                first = Math.min(first, event.header().micros());
            }
        }
        return first == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(first);
    }
}
