package io.downtime.model;

/**
 * {@code loadvm_process_command}: the destination processes a command the source sent in the stream
 * ({@code SWITCHOVER_START}, {@code PING}, {@code OPEN_RETURN_PATH}, {@code PACKAGED} ...).
 *
 * @param command QEMU's name of the command, as printed
 * @param length  the length of its data, bytes
 */
public record CommandReceived(EventHeader header, String command, long length) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.COMMAND_RECEIVED;
    }
}
