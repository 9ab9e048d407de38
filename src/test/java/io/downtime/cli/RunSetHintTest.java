package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code report} and {@code replay} given a directory of cases say what it holds and name the command that reads it. */
class RunSetHintTest {

    /** Three real cases copied under one directory (two at its top, one a level down): 3 cases. */
    private static Path runSet(Path dir) throws IOException {
        Path set = dir.resolve("fleet");
        for (String name : List.of("dst-stalled-400ms", "precopy-q35-small", "nested/precopy-return-path")) {
            Path caseDir = Files.createDirectories(set.resolve(name));
            String sample = Path.of(name).getFileName().toString();
            for (String log : List.of("src.log", "dst.log")) {
                Files.copy(SampleTraces.path(sample + "/" + log), caseDir.resolve(log));
            }
        }
        return set;
    }

    @Test
    void reportOnARunSetSuggestsRuns(@TempDir Path dir) throws IOException {
        Path set = runSet(dir);
        CliRun run = CliRun.of("report", set.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of(
                "analyzer: " + set + ": expected src.log and dst.log (optionally .gz), or one or two logs; found none",
                "analyzer: " + set + " holds 3 cases (directories with src.log and dst.log, or two logs, below it): try"
                        + " analyzer runs " + set + " to list them, or analyzer report " + set.resolve("dst-stalled-400ms")
                        + " for one"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void replayOnARunSetSuggestsRunsToo(@TempDir Path dir) throws IOException {
        Path set = runSet(dir);
        CliRun run = CliRun.of("replay", set.toString(), "--downtime-limit", "300", "--switchover-limit", "10");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(set + " holds 3 cases"), run.err());
    }

    /** The command the hint names reads the directory: it lists the three. */
    @Test
    void theSuggestedCommandListsTheCases(@TempDir Path dir) throws IOException {
        Path set = runSet(dir);
        CliRun runs = CliRun.of("runs", "--format", "csv", set.toString());
        assertEquals(0, runs.exitCode(), runs.err());
        for (String name : List.of("dst-stalled-400ms", "precopy-q35-small", "precopy-return-path")) {
            assertTrue(runs.out().contains(name), runs.out());
        }
    }

    /** An empty directory, or one case's directory, gets no such hint. */
    @Test
    void noHintWithoutCasesBelow(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("report", empty.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        CliRun one = CliRun.of("report", SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(!one.err().contains("try analyzer runs"), one.err());
    }
}
