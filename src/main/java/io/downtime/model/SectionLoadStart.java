package io.downtime.model;

/**
 * {@code qemu_loadvm_state_section_startfull}: the destination starts loading a start or full
 * section (a device's whole state, or the first part of an iterable one).
 *
 * @param sectionId  the section's number in the stream, as the source's {@code savevm_section_*} give it
 * @param idstr      the section's id string, opaque
 * @param instanceId the device's instance id
 * @param versionId  the version of the device's state format
 */
public record SectionLoadStart(EventHeader header, long sectionId, String idstr, long instanceId, long versionId)
        implements TraceEvent {
    @Override
    public EventKind kind() {
        return EventKind.SECTION_LOAD_START;
    }
}
