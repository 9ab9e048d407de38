package io.downtime.strict;

import io.downtime.blackout.DeviceKey;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;

import java.util.Optional;

/**
 * What a check follows: a checkpoint, a device's save or load, or the source-ack policy's
 * acknowledgement request.
 *
 * @param name the checkpoint's name, the device's idstr, or a short description
 * @param device the device section, for saves and loads
 */
public record CheckSite(Kind kind, String name, Optional<DeviceKey> device) {

    public enum Kind {
        CHECKPOINT("checkpoint"),
        SAVE("save"),
        LOAD("load"),
        ACK_REQUEST("ack request");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static CheckSite checkpoint(String name) {
        return new CheckSite(Kind.CHECKPOINT, name, Optional.empty());
    }

    public static CheckSite save(DeviceKey device) {
        return new CheckSite(Kind.SAVE, device.idstr(), Optional.of(device));
    }

    public static CheckSite load(DeviceKey device) {
        return new CheckSite(Kind.LOAD, device.idstr(), Optional.of(device));
    }

    /** The save or load a device's line records. */
    static CheckSite of(DeviceDowntime device) {
        DeviceKey key = new DeviceKey(device.idstr(), device.instanceId(), device.type());
        return device.operation() == DeviceOperation.SAVE ? save(key) : load(key);
    }

    public static CheckSite ackRequest() {
        return new CheckSite(Kind.ACK_REQUEST, "the destination's request to start its CPUs", Optional.empty());
    }

    /** {@code src-vm-stopped}, {@code save of 0000:00:03.0/e1000e 0}, {@code load of ram 0 (iterable)}. */
    public String label() {
        if (device.isEmpty()) {
            return name;
        }
        DeviceKey key = device.get();
        return kind.label() + " of " + key.idstr() + " " + key.instanceId()
                + (key.type() == SectionType.ITERABLE ? " (iterable)" : "");
    }
}
