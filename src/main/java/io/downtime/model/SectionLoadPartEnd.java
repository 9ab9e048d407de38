package io.downtime.model;

/**
 * {@code qemu_loadvm_state_section_partend}: the destination starts loading a part or end section
 * (one more piece of iterable state: RAM, VFIO data).
 *
 * @param sectionId the section's number in the stream
 */
public record SectionLoadPartEnd(EventHeader header, long sectionId) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.SECTION_LOAD_PART_END;
    }
}
