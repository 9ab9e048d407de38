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
    QEMU_STARTUP("libvirt: starting up"),
    QEMU_SHUTDOWN("libvirt: shutting down"),
    MIGRATION_INITIATED("libvirt: initiating migration"),
    GUEST_NAME("command line: -name"),
    GUEST_UUID("command line: -uuid"),
    INCOMING_OPTION("command line: -incoming"),
    START_PAUSED_OPTION("command line: -S"),
    OTHER_EVENT("other trace event");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
