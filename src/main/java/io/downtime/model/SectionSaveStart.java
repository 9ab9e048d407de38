package io.downtime.model;

/**
 * {@code savevm_section_start}: the source starts writing one section of the migration stream.
 *
 * @param idstr     the section's id string, opaque ({@code ram}, {@code 0000:00:02.0/virtio-blk})
 * @param sectionId the section's number in the stream, the one the destination's load events carry
 */
public record SectionSaveStart(EventHeader header, String idstr, long sectionId) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.SECTION_SAVE_START;
    }
}
