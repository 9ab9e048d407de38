package io.downtime.model;

/** QEMU command line {@code -uuid UUID}: the guest's UUID, the same on every host the guest runs on. */
public record GuestUuid(EventHeader header, String uuid) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.GUEST_UUID;
    }
}
