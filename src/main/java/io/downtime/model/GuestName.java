package io.downtime.model;

/** QEMU command line {@code -name guest=NAME,...}: the guest's name, with QEMU's doubled commas undone. */
public record GuestName(EventHeader header, String name) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.GUEST_NAME;
    }
}
