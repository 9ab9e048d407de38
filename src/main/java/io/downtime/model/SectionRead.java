package io.downtime.model;

/**
 * {@code qemu_loadvm_state_section}: the destination read the header of the next section of the
 * stream.
 *
 * @param sectionType QEMU's section type byte: 0 end of stream, 1 start, 2 part, 3 end (iterable
 *                    state), 4 full (device state), 8 command
 */
public record SectionRead(EventHeader header, long sectionType) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.SECTION_READ;
    }
}
