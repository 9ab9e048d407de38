package io.downtime.model;

/**
 * QEMU command line {@code -S}: QEMU starts with its CPUs stopped and waits for {@code cont}. On a
 * migration destination this means QEMU does not run the guest when loading ends
 * ({@code dst-precopy-bh-vm-started} then only marks the guest ready); libvirt resumes it later.
 */
public record StartPausedOption(EventHeader header) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.START_PAUSED_OPTION;
    }
}
