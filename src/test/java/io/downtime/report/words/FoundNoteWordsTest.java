package io.downtime.report.words;

import io.downtime.run.FoundMigrations;
import io.downtime.run.FoundNote;
import io.downtime.run.LogInputs;
import io.downtime.run.LogLoader;
import io.downtime.run.MigrationFinder;
import io.downtime.run.RoleNote;
import io.downtime.run.RunId;
import io.downtime.runset.CaseNote;
import io.downtime.runset.CaseProblem;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the finding of migrations did not use, worded, on the real samples; the values are those of the lines quoted. */
class FoundNoteWordsTest {
    private static final String UUID = "5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f";

    @TempDir
    Path dir;

    private static FoundMigrations found(List<String> logs, List<String> stderr) {
        LogLoader.Loaded loaded = LogLoader.load(LogInputs.locate(logs, stderr).logs(), diagnostic -> { });
        return MigrationFinder.standard().find(loaded.logs(), Optional.empty());
    }

    private String write(String name, String text) {
        return TraceForms.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String sample(String relative) {
        return TraceForms.readString(SampleTraces.path(relative));
    }

    /**
     * libvirt-one-migration/src-host-guest-a.log: QEMU process 1 runs from line 1 ({@code 2026-11-26 01:05:21.699}
     * starting up) to line 52 ({@code 01:05:21.751 ... shutting down, reason=failed}), 52 ms; its first message, line
     * 50, {@code error: failed to set MSR 0x10a to 0xc000069}.
     */
    @Test
    void aFailedStart() {
        String src = SampleMigrations.path(SampleMigrations.LIBVIRT_SOURCE);
        FoundNote note = SampleMigrations.found(List.of(src)).notes().get(0);
        assertEquals(src + ": QEMU process 1 (lines 1-52) is a failed start, not a migration: libvirt logged \"shutting"
                + " down, reason=failed\" 52 ms after starting it; QEMU said: error: failed to set MSR 0x10a to 0xc000069",
                FoundNoteWords.note(note));
    }

    /**
     * dst-stalled-400ms/dst.log with dst-stalled-400ms/src.log given as its stderr file: src.log's 52 lines are all
     * trace events (states, checkpoints, saves), none a message.
     */
    @Test
    void traceEventsInAStderrFile() {
        String src = SampleMigrations.path("dst-stalled-400ms/src.log");
        FoundMigrations found = found(List.of(SampleMigrations.path("dst-stalled-400ms/dst.log")), List.of(src));
        assertEquals(List.of(new FoundNote.StderrTraceEvents(src, 52)), found.notes());
        assertEquals(src + ": 52 trace events not used (give this file as a log to use them)",
                FoundNoteWords.note(found.notes().get(0)));
    }

    /**
     * An empty log with dst-killed-in-precopy/src.stderr as its stderr: the log holds no run, and the stderr's two
     * messages (lines 1 and 2, failed to save ..., Unable to write to socket ...) have no run to go to.
     */
    @Test
    void aLogWithoutRunsAndItsStderr() {
        String empty = write("empty.log", "");
        String stderr = SampleMigrations.path("dst-killed-in-precopy/src.stderr");
        FoundMigrations found = found(List.of(empty), List.of(stderr));
        assertEquals(List.of(new FoundNote.NoMigration(empty), new FoundNote.StderrUnplaced(stderr, 2)), found.notes());
        assertEquals(List.of(empty + ": no migration found (no migrate_set_state, checkpoint or device event)",
                stderr + ": 2 messages not placed: its log holds no run"),
                found.notes().stream().map(FoundNoteWords::note).toList());
    }

    /**
     * dst-killed-at-switchover/dst.log in QEMU 10.1's ISO form (no thread ids), alone, under a name that names no
     * host: its setup and active tell no role, and no other log or file name does.
     */
    @Test
    void aRunWithoutARole() {
        String log = write("b.log", TraceForms.toIso(sample("dst-killed-at-switchover/dst.log")));
        FoundMigrations found = found(List.of(log), List.of());
        assertEquals(List.of(new FoundNote.RoleUnknown(new RunId(log, 1), new RoleNote.NothingShown())), found.notes());
        assertEquals(log + " run 1: not reported, its role is unknown (nothing in the run shows its role (no checkpoint,"
                + " save, load or source-only state, no states set by telling threads, no message only one side"
                + " prints)); give it with --role", FoundNoteWords.note(found.notes().get(0)));
    }

    /** The libvirt sample's two logs, the destination's UUID changed (line 19's -uuid): two guests, nothing pairs. */
    @Test
    void twoGuests() {
        String other = "0d0d0d0d-8b2a-4c4e-9a57-1d2b3c4d5e6f";
        String src = SampleMigrations.path(SampleMigrations.LIBVIRT_SOURCE);
        String dst = write("dst.log", sample(SampleMigrations.LIBVIRT_DESTINATION).replace(UUID, other));
        FoundNote note = found(List.of(src, dst), List.of()).notes().stream()
                .filter(FoundNote.OtherGuests.class::isInstance).findFirst().orElseThrow();
        assertEquals(src + " and " + dst + " are domain logs of different guests (UUID " + UUID + ", UUID " + other
                + "): no migration between them", FoundNoteWords.note(note));
    }

    /** A case's empty log is its problem, said after the case's name; a found note is said as analyzer report says it. */
    @Test
    void aCasesEmptyLogAndNotes() {
        String empty = write("empty.log", "");
        assertEquals("case-a: " + empty + ": no migration found (no migrate_set_state, checkpoint or device event)",
                ProblemWords.problem(new CaseProblem.EmptyLog("case-a", empty)));
        assertEquals(empty + ": no migration found (no migrate_set_state, checkpoint or device event)",
                ProblemWords.note(new CaseNote.Found(new FoundNote.NoMigration(empty))));
    }
}
