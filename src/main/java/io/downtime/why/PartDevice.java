package io.downtime.why;

import io.downtime.blackout.DeviceKey;

/** A device section behind a part of the blackout, with QEMU's own measure of its save or load there (µs). */
public record PartDevice(DeviceKey key, long micros) {
}
