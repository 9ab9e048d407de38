package io.downtime.compare;

import io.downtime.blackout.DeviceKey;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;

/** One device section's save time on the source, or its load time on the destination. */
public record DeviceFigure(DeviceKey device, DeviceOperation operation) implements Figure {
    @Override
    public String kind() {
        return operation == DeviceOperation.SAVE ? "device_save" : "device_load";
    }

    /** {@code 0000:00:02.0/virtio-blk save}, with {@code #N} for instance N > 0 and {@code (iterable)}. */
    @Override
    public String label() {
        return device.idstr() + (device.instanceId() != 0 ? " #" + device.instanceId() : "")
                + (device.type() == SectionType.ITERABLE ? " (iterable)" : "")
                + (operation == DeviceOperation.SAVE ? " save" : " load");
    }

    @Override
    public String hosts() {
        return operation == DeviceOperation.SAVE ? "src" : "dst";
    }
}
