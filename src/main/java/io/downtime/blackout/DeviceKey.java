package io.downtime.blackout;

import io.downtime.model.SectionType;

/** A device section as both hosts name it: QEMU matches a saved section to its load by these three. */
public record DeviceKey(String idstr, long instanceId, SectionType type) {
}
