package io.downtime.model;

/**
 * {@code vmstate_downtime_save} or {@code vmstate_downtime_load}: how long one device's
 * state took to save on the source or to load on the destination.
 *
 * @param idstr          QEMU's section id string, opaque ({@code 0000:00:02.0/vfio})
 * @param downtimeMicros the time measured around the save or load, in microseconds
 */
public record DeviceDowntime(EventHeader header, DeviceOperation operation, SectionType type, String idstr,
                             long instanceId, long downtimeMicros) implements TraceEvent {
    @Override
    public EventKind kind() {
        return operation == DeviceOperation.SAVE ? EventKind.DEVICE_SAVE : EventKind.DEVICE_LOAD;
    }
}
