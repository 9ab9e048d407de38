package io.downtime.model;

/**
 * QEMU command line {@code -incoming URI}: this QEMU process was started to receive a migration
 * ({@code defer}: the address is given later over QMP, as libvirt does).
 */
public record IncomingOption(EventHeader header, String uri) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.INCOMING_OPTION;
    }
}
