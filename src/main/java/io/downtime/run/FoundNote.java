package io.downtime.run;

import io.downtime.libvirt.QemuLifetime;

/**
 * What the finding of migrations did not use, and why, with the values that say so
 * ({@code report.words.FoundNoteWords} words each).
 */
public sealed interface FoundNote {

    /** A QEMU process of the libvirt domain log {@code input} that failed to start: not a migration. */
    record FailedStart(String input, QemuLifetime process) implements FoundNote {
    }

    /** {@code log} holds no run: no {@code migrate_set_state}, checkpoint or device event. */
    record NoMigration(String log) implements FoundNote {
    }

    /** The stderr file {@code file} holds {@code events} trace events, which only a log's are used. */
    record StderrTraceEvents(String file, long events) implements FoundNote {
    }

    /** The stderr file {@code file}'s {@code messages} messages go to no run: its log holds none. */
    record StderrUnplaced(String file, long messages) implements FoundNote {
    }

    /** {@code run} is not reported: nothing settled its role ({@code why}). */
    record RoleUnknown(RunId run, RoleNote why) implements FoundNote {
    }

    /** The domain logs {@code first} and {@code other} are of different guests (their UUIDs): nothing pairs them. */
    record OtherGuests(String first, String firstUuid, String other, String otherUuid) implements FoundNote {
    }
}
