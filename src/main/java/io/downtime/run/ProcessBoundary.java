package io.downtime.run;

import io.downtime.libvirt.LibvirtLog;
import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.LineRef;
import io.downtime.model.TraceEvent;

import java.util.HashSet;
import java.util.Set;

/**
 * A libvirt domain log's run boundaries: the first trace event of each QEMU process begins a run.
 * QEMU's own marks usually say so already (a new process's migration begins with {@code setup}),
 * but a trace without {@code migrate_set_state} has no such mark, and two processes must never
 * share a run.
 */
final class ProcessBoundary implements RunBoundary {
    private final Set<LineRef> firstTraceEvents = new HashSet<>();

    ProcessBoundary(LibvirtLog log) {
        for (QemuLifetime lifetime : log.lifetimes()) {
            lifetime.events().stream().filter(event -> !Run.isMessage(event)).findFirst()
                    .ifPresent(event -> firstTraceEvents.add(event.header().where()));
        }
    }

    @Override
    public boolean startsRun(TraceEvent event) {
        return firstTraceEvents.contains(event.header().where());
    }
}
