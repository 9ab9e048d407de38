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
    BANDWIDTH_ESTIMATE("migrate_transferred"),
    PENDING_ESTIMATE("migrate_pending_estimate"),
    PENDING_EXACT("migrate_pending_exact"),
    SWITCHOVER_DECISION("migration_thread_low_pending"),
    SECTION_SAVE_START("savevm_section_start"),
    SECTION_SAVE_END("savevm_section_end"),
    SAVEVM_STATE_SETUP("savevm_state_setup"),
    SAVEVM_STATE_HEADER("savevm_state_header"),
    SAVEVM_STATE_ITERATE("savevm_state_iterate"),
    SAVEVM_STATE_COMPLETE_PRECOPY("savevm_state_complete_precopy"),
    SAVEVM_STATE_CLEANUP("savevm_state_cleanup"),
    SAVEVM_STATE_RESUME_PREPARE("savevm_state_resume_prepare"),
    SWITCHOVER_START_SENT("savevm_send_switchover_start"),
    SECTION_READ("qemu_loadvm_state_section"),
    SECTION_LOAD_START("qemu_loadvm_state_section_startfull"),
    SECTION_LOAD_PART_END("qemu_loadvm_state_section_partend"),
    SECTION_COMMAND_LOADED("qemu_loadvm_state_section_command"),
    LOADVM_FINISHED("qemu_loadvm_state_post_main"),
    LOADVM_STATE_SETUP("loadvm_state_setup"),
    LOADVM_STATE_CLEANUP("loadvm_state_cleanup"),
    COMMAND_RECEIVED("loadvm_process_command"),
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

    /** The kind labelled {@code label} (a trace event's name), for the names the grammar reads. */
    public static EventKind ofLabel(String label) {
        for (EventKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no event kind " + label);
    }
}
