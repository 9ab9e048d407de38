package io.downtime.model;

/** libvirt's {@code initiating migration}: the source libvirt is about to tell QEMU to migrate out. */
public record MigrationInitiated(EventHeader header) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.MIGRATION_INITIATED;
    }
}
