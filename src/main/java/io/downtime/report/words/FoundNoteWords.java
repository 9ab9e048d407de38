package io.downtime.report.words;

import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.QemuMessage;
import io.downtime.run.Durations;
import io.downtime.run.FoundNote;

/**
 * The sentences of what the finding of migrations did not use ({@code run/FoundNote}): a failed start, a log without
 * runs, stderr lines no run takes, a run without a role, two guests' domain logs.
 */
public final class FoundNoteWords {
    private FoundNoteWords() {
    }

    /** {@code LOG: no migration found (no migrate_set_state, checkpoint or device event)}, ... */
    public static String note(FoundNote note) {
        if (note instanceof FoundNote.FailedStart failed) {
            return failedStart(failed.input(), failed.process());
        }
        if (note instanceof FoundNote.NoMigration none) {
            return none.log() + ": no migration found (no migrate_set_state, checkpoint or device event)";
        }
        if (note instanceof FoundNote.StderrTraceEvents events) {
            return events.file() + ": " + events.events() + " trace events not used (give this file as a log to use"
                    + " them)";
        }
        if (note instanceof FoundNote.StderrUnplaced unplaced) {
            return unplaced.file() + ": " + unplaced.messages() + " messages not placed: its log holds no run";
        }
        if (note instanceof FoundNote.RoleUnknown unknown) {
            return unknown.run() + ": not reported, its role is unknown (" + RoleWords.note(unknown.why())
                    + "); give it with --role";
        }
        FoundNote.OtherGuests guests = (FoundNote.OtherGuests) note;
        return guests.first() + " and " + guests.other() + " are domain logs of different guests (UUID "
                + guests.firstUuid() + ", UUID " + guests.otherUuid() + "): no migration between them";
    }

    /**
     * {@code LOG: QEMU process 1 (lines 1-52) is a failed start, not a migration: libvirt logged
     * "shutting down, reason=failed" 52 ms after starting it; QEMU said: error: ...}: so that nobody takes it for a
     * migration.
     */
    private static String failedStart(String input, QemuLifetime failed) {
        StringBuilder sentence = new StringBuilder(input).append(": QEMU process ").append(failed.number())
                .append(" (lines ").append(failed.firstLine()).append('-').append(failed.lastLine())
                .append(") is a failed start, not a migration: libvirt logged \"shutting down, reason=failed\"");
        if (failed.startMicros().isPresent() && failed.endMicros().isPresent()) {
            sentence.append(' ').append(Durations.of(failed.endMicros().getAsLong() - failed.startMicros().getAsLong()))
                    .append(" after starting it");
        }
        failed.qemuMessages().stream().findFirst().map(QemuMessage::text)
                .ifPresent(text -> sentence.append("; QEMU said: ").append(text));
        return sentence.toString();
    }
}
