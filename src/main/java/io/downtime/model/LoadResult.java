package io.downtime.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A return value of the destination's load: {@code qemu_loadvm_state_section_command} (a command
 * section processed) or {@code qemu_loadvm_state_post_main} (the whole load loop ended, just before
 * {@code dst-precopy-loadvm-completed}).
 *
 * @param result 0 on success, negative on failure
 */
public record LoadResult(EventHeader header, EventKind kind, long result) implements TraceEvent {
    /** The kinds a load result can be. */
    public static final Set<EventKind> KINDS = Collections.unmodifiableSet(
            EnumSet.of(EventKind.SECTION_COMMAND_LOADED, EventKind.LOADVM_FINISHED));

    public LoadResult {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not a load result");
        }
    }
}
