package io.downtime.model;

/** Whether a device's state was saved (source) or loaded (destination). */
public enum DeviceOperation {
    SAVE,
    LOAD
}
