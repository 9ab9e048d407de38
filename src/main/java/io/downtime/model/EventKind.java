package io.downtime.model;

/** The kinds of line the reader understands, named as users see them in traces. */
public enum EventKind {
    DEVICE_SAVE("vmstate_downtime_save"),
    DEVICE_LOAD("vmstate_downtime_load"),
    CHECKPOINT("vmstate_downtime_checkpoint"),
    STATE_CHANGE("migrate_set_state"),
    DOWNTIME_SENT("qemu_savevm_send_downtime"),
    DOWNTIME_RECEIVED("loadvm_handle_src_downtime"),
    DESTINATION_ABORT("qemu_loadvm_downtime_abort"),
    ABORT_LIMIT_REACHED("message: abort_limit was reached"),
    DOWNTIME_LIMIT_EXCEEDED("message: Downtime Limit exceeded"),
    QEMU_MESSAGE("message: other"),
    OTHER_EVENT("other trace event");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
