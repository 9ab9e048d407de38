package io.downtime.model;

/** Any other line QEMU printed on stderr ({@code qemu-system-x86_64: Unable to write to socket: Broken pipe}). */
public record QemuMessage(EventHeader header, String program, String text) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.QEMU_MESSAGE;
    }
}
