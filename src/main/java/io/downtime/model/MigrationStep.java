package io.downtime.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An event without arguments that marks a step of saving or loading the state: its kind is all it
 * says ({@code savevm_state_iterate}, one precopy iteration; {@code savevm_send_switchover_start};
 * {@code loadvm_state_setup} ...).
 */
public record MigrationStep(EventHeader header, EventKind kind) implements TraceEvent {
    /** The kinds a step can be. */
    public static final Set<EventKind> KINDS = Collections.unmodifiableSet(EnumSet.of(
            EventKind.SAVEVM_STATE_SETUP, EventKind.SAVEVM_STATE_HEADER, EventKind.SAVEVM_STATE_ITERATE,
            EventKind.SAVEVM_STATE_COMPLETE_PRECOPY, EventKind.SAVEVM_STATE_CLEANUP,
            EventKind.SAVEVM_STATE_RESUME_PREPARE, EventKind.SWITCHOVER_START_SENT,
            EventKind.LOADVM_STATE_SETUP, EventKind.LOADVM_STATE_CLEANUP));

    public MigrationStep {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not a step");
        }
    }
}
