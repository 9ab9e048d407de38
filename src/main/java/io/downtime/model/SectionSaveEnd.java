package io.downtime.model;

/**
 * {@code savevm_section_end}: the source finished writing one section.
 *
 * @param idstr     the section's id string, opaque
 * @param sectionId the section's number in the stream
 * @param result    the save handler's return value: negative on failure; for RAM's iterations, 1 once
 *                  everything was sent
 */
public record SectionSaveEnd(EventHeader header, String idstr, long sectionId, long result) implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.SECTION_SAVE_END;
    }
}
