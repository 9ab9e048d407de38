package io.downtime.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The catalogue of files that are not what they should be (docs/robustness.md): empty, missing,
 * unreadable, directories without traces. What can be read is still reported; what cannot is named
 * on stderr, and the exit code is 2 unless every input was read.
 */
class DamagedFilesTest {
    @TempDir
    Path dir;

    private final String dst = SampleTraces.path("dst-stalled-400ms/dst.log").toString();

    @Test
    void emptyFileHasNoLines() throws IOException {
        Path empty = Files.createFile(dir.resolve("src.log"));
        CliRun run = CliRun.of("events", "--summary", empty.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("src.log      0           0             0          0         0"), run.out());
    }

    /**
     * An empty source log: the destination is still reported alone, a note says why, and the empty log is
     * as unusable as an unreadable one: named on stderr, exit code 2 (replay alike).
     */
    @Test
    void emptySourceLogLeavesTheDestinationAlone() throws IOException {
        Path empty = Files.createFile(dir.resolve("src.log"));
        CliRun run = CliRun.of("report", empty.toString(), dst);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("analyzer: " + empty + ": no migration found (no migrate_set_state, checkpoint or device event)\n",
                run.err());
        // The answer first, then the note.
        assertTrue(run.out().startsWith("Migration 1: precopy, destination completed\n"), run.out());
        assertTrue(run.out().contains("\nnote: " + "src.log: no migration found (no migrate_set_state, checkpoint or device event)"),
                run.out());

        CliRun replay = CliRun.of("replay", "--downtime-limit", "300", "--switchover-limit", "10", empty.toString(), dst);
        assertEquals(2, replay.exitCode(), replay.err());
        assertEquals(run.err(), replay.err());
        assertTrue(replay.out().startsWith("rfc (abort at 310 ms): not replayed: no source run"), replay.out());
        assertTrue(replay.out().contains("\n\nnote: src.log: no migration found"), replay.out());
        assertTrue(replay.out().contains("Strict-mode replay of migration 1: precopy, destination completed"), replay.out());
    }

    /**
     * meta.json given as the destination's log: none of its lines is a trace line, so it holds no
     * migration; the source (dst-stalled-400ms/src.log, 52 lines, its run completed) is reported alone,
     * with the meta.json named among the problems of the JSON report too.
     */
    @Test
    void aFileThatIsNoTraceHoldsNoMigration() throws IOException {
        String src = SampleTraces.path("dst-stalled-400ms/src.log").toString();
        String meta = SampleTraces.path("dst-stalled-400ms/meta.json").toString();
        CliRun run = CliRun.of("report", "--format", "json", src, meta);
        assertEquals(2, run.exitCode(), run.err());
        String problem = meta + ": no migration found (no migrate_set_state, checkpoint or device event)";
        assertEquals("analyzer: " + problem + "\n", run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> problems = new ArrayList<>();
        report.get("problems").forEach(node -> problems.add(node.asText()));
        assertEquals(List.of(problem), problems);
        assertEquals(1, report.get("migrations").size());
        assertEquals("completed", report.get("migrations").get(0).get("source_status").asText());
        assertTrue(report.get("migrations").get(0).get("destination_status").isNull());
    }

    @Test
    void twoEmptyLogsHoldNoMigration() throws IOException {
        Path src = Files.createFile(dir.resolve("src.log"));
        Path dstEmpty = Files.createFile(dir.resolve("dst.log"));
        CliRun run = CliRun.of("report", src.toString(), dstEmpty.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().endsWith("analyzer: no migration found in " + src + ", " + dstEmpty + "\n"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void directoryWithoutTraces() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("readme.txt"), "migration of guest-a, 2026-11-26\n");
        Files.createDirectories(notes.resolve("empty"));

        CliRun events = CliRun.of("events", notes.toString());
        assertEquals(2, events.exitCode());
        assertEquals("analyzer: " + notes + ": no trace files (*.log, *.stderr, *.trace, optionally .gz) in this directory\n",
                events.err());

        CliRun report = CliRun.of("report", notes.toString());
        assertEquals(2, report.exitCode());
        assertEquals("analyzer: " + notes + ": expected src.log and dst.log (optionally .gz), or one or two logs; found none\n",
                report.err());
    }

    @Test
    void missingFileIsNamedAndTheOtherLogReported() {
        Path missing = dir.resolve("src.log");
        CliRun run = CliRun.of("report", missing.toString(), dst);
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + missing + ": no such file or directory\n", run.err());
        assertTrue(run.out().contains("Migration 1: precopy, destination completed"), run.out());
    }

    /**
     * Permissions that forbid reading. A process running as root reads the file anyway (the test
     * suite may run as root): then this test cannot show anything and is skipped, and
     * {@link #fileThatFailsToRead} covers an unreadable file whoever runs it.
     */
    @Test
    void fileWithoutReadPermission() throws IOException {
        Path locked = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.bytes("dst-stalled-400ms/src.log"));
        assumeTrue(Files.getFileStore(locked).supportsFileAttributeView("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop root from reading;"
                + " fileThatFailsToRead covers an unreadable file");
        CliRun run = CliRun.of("report", locked.toString(), dst);
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + locked + ": not readable (permission denied)\n", run.err());
        assertTrue(run.out().contains("Migration 1: precopy, destination completed"), run.out());
    }

    /**
     * A file the operating system refuses to read whoever asks: Linux's /proc/self/mem fails every
     * read at offset 0 (no memory is mapped there) with an I/O error, as a failing disk would. It is
     * named with the system's reason, and the other log is still reported.
     */
    @Test
    void fileThatFailsToRead() throws IOException {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "needs Linux's /proc");
        Path link = Files.createSymbolicLink(dir.resolve("src.log"), mem);

        CliRun events = CliRun.of("events", "--summary", link.toString());
        assertEquals(2, events.exitCode());
        assertEquals("analyzer: " + link + ": cannot open: Input/output error\n", events.err());

        CliRun report = CliRun.of("report", link.toString(), dst);
        assertEquals(2, report.exitCode());
        assertEquals("analyzer: " + link + ": cannot open: Input/output error\n", report.err());
        assertTrue(report.out().contains("Migration 1: precopy, destination completed"), report.out());
    }

    /**
     * A case of a run set whose src.log is a dangling symbolic link, a directory or a FIFO (dst.log
     * beside it intact). It was listed as an unpaired migration with exit 0, nothing said. Now it is
     * a problem naming the file and what it is, exit 2, in {@code runs} as in {@code report DIR}; the
     * destination's run is still listed. A FIFO found in a directory is not opened: opening waits for
     * a writer, and the run set would wait forever for one nobody starts (this test starts none).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dangling link", "directory", "FIFO"})
    void caseLogThatIsNotAFileIsAProblem(String kind) throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("set/case"));
        Files.copy(Path.of(dst), caseDir.resolve("dst.log"));
        Path src = caseDir.resolve("src.log");
        String is = switch (kind) {
            case "dangling link" -> {
                Files.createSymbolicLink(src, dir.resolve("gone.log"));
                yield "is a symbolic link to a file that does not exist: the log cannot be read";
            }
            case "directory" -> {
                Files.createDirectory(src);
                yield "is a directory: a log must be a file";
            }
            default -> {
                assertEquals(0, new ProcessBuilder("mkfifo", src.toString()).inheritIO().start().waitFor(), "mkfifo");
                yield "is a FIFO (named pipe): logs found in a directory are read only when they are regular files"
                        + " (opening a FIFO waits for a writer, forever if there is none); give its path on the command"
                        + " line to read it";
            }
        };
        CliRun runs = CliRun.of("runs", dir.resolve("set").toString());
        assertEquals(2, runs.exitCode(), runs.err());
        assertEquals("analyzer: " + src + ": " + is + "\n", runs.err());
        // the destination alone completed: so did the migration (docs/postmortem.md)
        assertTrue(runs.out().contains("set/case  -       dst.log run 1  completed  unpaired"), runs.out());

        CliRun report = CliRun.of("report", caseDir.toString());
        assertEquals(2, report.exitCode(), report.err());
        assertEquals("analyzer: " + src + ": " + is + "\n", report.err());
        assertTrue(report.out().contains("Migration 1: precopy, destination completed"), report.out());
    }
}
