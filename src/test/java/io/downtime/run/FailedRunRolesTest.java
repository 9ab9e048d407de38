package io.downtime.run;

import io.downtime.model.LineRef;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles and pairs of migrations that failed before any downtime event: no checkpoint, save or load on
 * either host, so the roles come from the other clues, each named.
 */
class FailedRunRolesTest {
    private static final String KILLED = "dst-killed-in-precopy";

    /**
     * src.log:2 {@code 25486@1796168608.230331 ... new state setup} (the main thread, the migrate command),
     * src.log:9 {@code 25497@1796168608.239425 ... new state active} (another thread: the migration thread);
     * dst.log:1 and dst.log:4, setup and active, both thread 25487 (the incoming coroutine of the main loop).
     */
    @Test
    void threadsOfTheStatesTellTheRoles() {
        MigrationPair pair = SampleMigrations.only(KILLED);
        Run source = pair.source().orElseThrow();
        Run destination = pair.destination().orElseThrow();
        String src = SampleMigrations.path(KILLED + "/src.log");
        String dst = SampleMigrations.path(KILLED + "/dst.log");
        assertEquals(src, source.id().input());
        assertEquals(RoleBasis.STATE_THREADS, source.role().basis());
        assertEquals(List.of(new RoleEvidence(Role.SOURCE, RoleBasis.STATE_THREADS, new LineRef(src, 9), 2,
                new RoleSign.StateThreads(25486, new LineRef(src, 2), 25497))), source.role().evidence());
        assertEquals(dst, destination.id().input());
        assertEquals(RoleBasis.STATE_THREADS, destination.role().basis());
        assertEquals(List.of(new RoleEvidence(Role.DESTINATION, RoleBasis.STATE_THREADS, new LineRef(dst, 4), 2,
                new RoleSign.StateThreads(25487, new LineRef(dst, 1), 25487))), destination.role().evidence());
        assertEquals(PairingBasis.ONLY_RUNS, pair.basis());
    }

    /**
     * The same logs as QEMU 10.1 writes them (an ISO time, no thread id), with src.stderr beside the source:
     * its two messages, "failed to save SaveStateEntry with id(name): 2(ram): -5" (stderr line 1) and
     * "Unable to write to socket: Connection reset by peer" (line 2), are the source's; the destination's
     * log shows nothing and is the counterpart.
     */
    @Test
    void messagesTellTheSourceWithoutThreadIds(@TempDir Path dir) throws IOException {
        Path src = isoCopy(dir, "src.log", "a.log");
        Path dst = isoCopy(dir, "dst.log", "b.log");
        Files.copy(SampleTraces.path(KILLED + "/src.stderr"), dir.resolve("a.stderr"));
        FoundMigrations found = SampleMigrations.found(List.of(src.toString(), dst.toString()));
        MigrationPair pair = found.migrations().get(0);
        Run source = pair.source().orElseThrow();
        assertEquals(src.toString(), source.id().input());
        assertEquals(RoleBasis.MESSAGES, source.role().basis());
        String stderr = dir.resolve("a.stderr").toString();
        assertEquals(List.of(
                new RoleEvidence(Role.SOURCE, RoleBasis.MESSAGES, new LineRef(stderr, 1), 1,
                        new RoleSign.Message(KnownMessage.SAVE_FAILED)),
                new RoleEvidence(Role.SOURCE, RoleBasis.MESSAGES, new LineRef(stderr, 2), 1,
                        new RoleSign.Message(KnownMessage.SOCKET_WRITE))),
                source.role().evidence());
        assertEquals(RoleBasis.COUNTERPART, pair.destination().orElseThrow().role().basis());
        assertEquals(dst.toString(), pair.destination().get().id().input());
    }

    /** Without thread ids or messages, src.log and dst.log are named by their files: the last clue. */
    @Test
    void fileNamesAreTheLastClue(@TempDir Path dir) throws IOException {
        Path src = isoCopy(dir, "src.log", "host-a-src.log");
        Path dst = isoCopy(dir, "dst.log", "host-b-dest.log");
        MigrationPair pair = SampleMigrations.found(List.of(dst.toString(), src.toString())).migrations().get(0);
        Run source = pair.source().orElseThrow();
        assertEquals(src.toString(), source.id().input());
        assertEquals(RoleBasis.FILE_NAME, source.role().basis());
        assertEquals(new RoleSign.FileName("host-a-src.log", List.of("source", "src")),
                source.role().evidence().get(0).sign());
        Run destination = pair.destination().orElseThrow();
        assertEquals(RoleBasis.FILE_NAME, destination.role().basis());
        assertEquals(new RoleSign.FileName("host-b-dest.log", List.of("dest", "destination", "dst")),
                destination.role().evidence().get(0).sign());
    }

    /** A word, not a part of one: "srcdump" and "adst" name nothing, and a name with both words tells nothing. */
    @Test
    void fileNameWordsOnly() {
        LineRef first = new LineRef("x", 1);
        assertTrue(RoleSettler.fileNameClue("/tmp/srcdump.log", first).isEmpty());
        assertTrue(RoleSettler.fileNameClue("/tmp/adst.log", first).isEmpty());
        assertTrue(RoleSettler.fileNameClue("src-to-dst.log", first).isEmpty());
        assertEquals(Role.DESTINATION, RoleSettler.fileNameClue("dst-2.log", first).orElseThrow().role());
        assertEquals(Role.SOURCE, RoleSettler.fileNameClue("/var/log/dst/Source.trace.gz", first).orElseThrow().role());
    }

    /**
     * Nothing at all tells a.log from b.log: the pair is still reported, the roles said to be a guess. The
     * destination waits in setup for the source: b.log (the real destination) waited from setup at
     * 1796168607.929703 to active at .608.234844, 305.141 ms; a.log (the source) 230331 to 239425, 9.094 ms.
     * Given in either order, b.log is guessed the destination.
     */
    @Test
    void aPairNoClueTellsApartIsAGuess(@TempDir Path dir) throws IOException {
        Path a = isoCopy(dir, "src.log", "a.log");
        Path b = isoCopy(dir, "dst.log", "b.log");
        for (List<String> order : List.of(List.of(a.toString(), b.toString()), List.of(b.toString(), a.toString()))) {
            FoundMigrations found = SampleMigrations.found(order);
            assertEquals(1, found.migrations().size(), order.toString());
            MigrationPair pair = found.migrations().get(0);
            assertEquals(a.toString(), pair.source().orElseThrow().id().input());
            assertEquals(b.toString(), pair.destination().orElseThrow().id().input());
            assertEquals(RoleBasis.GUESS, pair.source().get().role().basis());
            assertEquals(new RoleNote.GuessLongerWait(305_141, 9_094), pair.destination().get().role().note());
        }
    }

    /**
     * cancelled-then-retried: src.log holds two attempts (setup at lines 2 and 95), dst.log the destination
     * that failed when the first was cancelled, dst-2.log the one that completed. Attempt 1: src active
     * 1796168599.975831 (line 13), dst.log active .975435 (line 4), -396 µs; attempt 2: src active
     * 1796168601.380644 (line 106), dst-2.log active .379949 (line 4), -695 µs: one shared clock difference.
     */
    @Test
    void aRetryToAFreshDestinationIsPairedAttemptByAttempt() {
        FoundMigrations found = SampleMigrations.found("cancelled-then-retried");
        assertEquals(2, found.migrations().size());
        MigrationPair first = found.migrations().get(0);
        MigrationPair second = found.migrations().get(1);
        assertEquals(SampleMigrations.path("cancelled-then-retried/src.log") + " run 1", first.source().orElseThrow().id().toString());
        assertEquals(SampleMigrations.path("cancelled-then-retried/dst.log") + " run 1",
                first.destination().orElseThrow().id().toString());
        assertEquals(SampleMigrations.path("cancelled-then-retried/src.log") + " run 2", second.source().orElseThrow().id().toString());
        assertEquals(SampleMigrations.path("cancelled-then-retried/dst-2.log") + " run 1",
                second.destination().orElseThrow().id().toString());
        assertEquals(PairingBasis.TIME, first.basis());
        assertEquals(PairingBasis.TIME, second.basis());
        assertEquals(RunStatus.CANCELLED, first.source().get().status());
        assertEquals(RunStatus.COMPLETED, second.destination().get().status());
    }

    /** The directory's logs: src.log, then dst.log, then the later attempt's dst-2.log, each with its stderr. */
    @Test
    void aCaseDirectoryTakesTheLaterAttemptsLogs() {
        LogInputs.Located located = LogInputs.locate(List.of(SampleMigrations.path("cancelled-then-retried")), List.of());
        assertEquals(List.of("src.log", "dst.log", "dst-2.log"), located.logs().stream()
                .map(input -> Path.of(input.log().name()).getFileName().toString()).toList());
        assertEquals(List.of(1, 1, 0), located.logs().stream().map(input -> input.stderr().size()).toList());
        assertEquals(Optional.empty(), located.problems().stream().findFirst());
    }

    private static Path isoCopy(Path dir, String log, String name) {
        String text = TraceForms.toIso(TraceForms.readString(SampleTraces.path(KILLED + "/" + log)));
        return TraceForms.write(dir.resolve(name), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
