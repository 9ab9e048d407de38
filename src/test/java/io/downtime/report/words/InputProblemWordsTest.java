package io.downtime.report.words;

import io.downtime.run.InputProblem;
import io.downtime.run.LogInputs;
import io.downtime.run.LogLoader;
import io.downtime.runset.CaseProblem;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import io.downtime.trace.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Why a migration's log cannot be used ({@code run/InputProblem}): each record found by {@code LogInputs} or
 * {@code LogLoader} on a layout built here from the real samples, and its sentence, written out by hand (the same
 * bytes as before the records: robustness' tests assert several through the command line).
 */
class InputProblemWordsTest {
    @TempDir
    Path dir;

    private static final Path SRC = SampleTraces.path("dst-stalled-400ms/src.log");
    private static final Path DST = SampleTraces.path("dst-stalled-400ms/dst.log");

    private static String said(InputProblem problem) {
        return InputProblemWords.problem(problem);
    }

    @Test
    void aPathThatNamesNothing() {
        String missing = dir.resolve("nothing-here").toString();
        LogInputs.Located located = LogInputs.locate(List.of(missing), List.of());
        assertEquals(List.of(new InputProblem.Missing(missing)), located.problems());
        assertEquals(missing + ": no such file or directory", said(located.problems().get(0)));
    }

    /** dst-stalled-400ms's two logs and a third in one directory: which two are the hosts' is not known; none: nothing to read. */
    @Test
    void aDirectoryOfThreeLogsOrNone() throws Exception {
        Path three = Files.createDirectories(dir.resolve("three"));
        Files.copy(SRC, three.resolve("a.log"));
        Files.copy(DST, three.resolve("b.log"));
        Files.copy(DST, three.resolve("c.log"));
        Path none = Files.createDirectories(dir.resolve("none"));
        LogInputs.Located located = LogInputs.locate(List.of(three.toString(), none.toString()), List.of());
        assertEquals(List.of(new InputProblem.NotOneOrTwoLogs(three.toString(), 3),
                new InputProblem.NotOneOrTwoLogs(none.toString(), 0)), located.problems());
        assertEquals(List.of(
                three + ": expected src.log and dst.log (optionally .gz), or one or two logs; found 3 logs: name the two to use",
                none + ": expected src.log and dst.log (optionally .gz), or one or two logs; found none"),
                InputProblemWords.all(located.problems()));
    }

    /** A directory named dst.log beside a real src.log: the case's log is not a file; src.log is still read. */
    @Test
    void aCaseLogThatIsADirectory() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.copy(SRC, run.resolve("src.log"));
        Files.createDirectories(run.resolve("dst.log"));
        LogInputs.Located located = LogInputs.locate(List.of(run.toString()), List.of());
        assertEquals(1, located.logs().size());
        assertEquals(List.of(new InputProblem.NotARegularLog(run.resolve("dst.log").toString(), FileKind.DIRECTORY)),
                located.problems());
        assertEquals(run.resolve("dst.log") + ": is a directory: a log must be a file", said(located.problems().get(0)));
    }

    /** Two --stderr files for one log, and a --stderr that is a directory. */
    @Test
    void stderrFilesThatBelongToNoLogOrAreNoFile() {
        LogInputs.Located beyond = LogInputs.locate(List.of(SRC.toString()), List.of(DST.toString(), DST.toString()));
        assertEquals(List.of(new InputProblem.StderrBeyondLogs(2, 1)), beyond.problems());
        assertEquals("--stderr given 2 times for 1 logs: the n-th --stderr belongs to the n-th log",
                said(beyond.problems().get(0)));
        LogInputs.Located directory = LogInputs.locate(List.of(SRC.toString()), List.of(dir.toString()));
        assertEquals(List.of(new InputProblem.StderrNotReadable(dir.toString())), directory.problems());
        assertEquals(dir + ": not a readable file", said(directory.problems().get(0)));
    }

    /** src.log gzipped and cut after its first two bytes (the gzip magic): it cannot be opened. */
    @Test
    void aLogThatCannotBeOpened() throws Exception {
        byte[] gzip = TraceForms.gzip(Files.readAllBytes(SRC));
        Path cut = dir.resolve("src.log.gz");
        Files.write(cut, Arrays.copyOf(gzip, 2));
        LogLoader.Loaded loaded = LogLoader.load(LogInputs.locate(List.of(cut.toString()), List.of()).logs(), d -> { });
        InputProblem problem = new InputProblem.CannotOpen(cut.toString(), "the file ends inside its gzip header (cut short)");
        assertEquals(List.of(problem), loaded.problems());
        assertEquals(cut + ": cannot open: the file ends inside its gzip header (cut short)", said(problem));
        // in a run set, the case's problem is said as the log's
        assertEquals(said(problem), ProblemWords.problem(new CaseProblem.Input(problem)));
    }

    /** EventLimitTest's cap of 10 on dst-stalled-400ms/src.log (52 understood events): lines 1-10 kept, 52 − 10 = 42 not. */
    @Test
    void aLogKeptInPart() {
        assertEquals(SRC + ": only its first 10 understood events were kept, up to line 10; 42 later ones were"
                + " counted but not kept (the limit protects memory; split the log to report the rest)",
                said(new InputProblem.EventsCapped(SRC.toString(), 10, 10, 42)));
    }

    /**
     * What the tests' JVM cannot find by itself: it runs as root (everything is readable) under a UTF-8 locale (every
     * argument can be named), and the fleet's remote file systems are not here; the records are worded as found.
     */
    @Test
    void recordsThisMachineCannotProduce() {
        assertEquals("a.log: not readable (permission denied)", said(new InputProblem.NotReadable("a.log")));
        assertEquals("runs/a: cannot list directory: runs/a", said(new InputProblem.CannotList("runs/a", "runs/a")));
        assertEquals("hdfs://nn/logs: not a file (a manifest names each log; directory trees are read with --runs)",
                said(new InputProblem.RemoteNotAFile("hdfs://nn/logs")));
        assertEquals("s3a://b/src.log: cannot be fetched: permission denied",
                said(new InputProblem.CannotFetch("s3a://b/src.log", "permission denied")));
        assertEquals("caf\uFFFD: cannot be named in this locale's character set (" + System.getProperty("sun.jnu.encoding")
                + "); run under a UTF-8 locale (LC_ALL=C.UTF-8), as ./analyzer does", said(new InputProblem.Unnamable("caf\uFFFD")));
    }
}
