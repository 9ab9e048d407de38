package io.downtime.model;

import java.util.Optional;

/**
 * libvirt's {@code shutting down, reason=R}: libvirt stopped tracking the QEMU process. The reason
 * is libvirt's shut-off reason ({@code shutdown}, {@code destroyed}, {@code crashed}, {@code migrated},
 * {@code saved}, {@code failed}, {@code from-snapshot}, {@code daemon}, {@code unknown}), kept as text.
 */
public record QemuShutdown(EventHeader header, Optional<String> reason) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.QEMU_SHUTDOWN;
    }
}
