package io.downtime.robustness;

import io.downtime.cli.AnalyzerCommand;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No stack trace reaches a user unless {@code --debug} asks for it. A bug in a command (here a
 * subcommand that throws, added to the real command line with its real handlers) gives one line and
 * exit code 2; with {@code --debug}, the stack trace. Bad input is never an exception: every damaged
 * input of the catalogue ends in diagnostics, without a stack trace, with or without {@code --debug}.
 */
class UnexpectedErrorTest {

    @Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("index 3 out of bounds for length 3");
        }
    }

    /** A failure whose message holds a name from the inputs: that name is escaped like every stderr line (issue 14, item 6). */
    @Command(name = "explode-on-name")
    static final class ExplodeOnName implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("cannot read x\u001b[2K\nFORGED");
        }
    }

    @Test
    void messageOfAnUnexpectedErrorEscaped() {
        assertEquals("analyzer: error: cannot read x\\e[2K\\nFORGED (run with --debug for details)\n", run("explode-on-name").err);
        assertTrue(run("--debug", "explode-on-name").err.startsWith(
                "java.lang.IllegalStateException: cannot read x\\e[2K\\nFORGED\n    at "), run("--debug", "explode-on-name").err);
    }

    @Test
    void oneLineWithoutDebug() {
        Outcome outcome = run("explode");
        assertEquals(2, outcome.exitCode);
        assertEquals("analyzer: error: index 3 out of bounds for length 3 (run with --debug for details)\n", outcome.err);
    }

    @Test
    void stackTraceWithDebug() {
        for (List<String> args : List.of(List.of("--debug", "explode"), List.of("explode", "--debug"))) {
            Outcome outcome = run(args.toArray(String[]::new));
            assertEquals(2, outcome.exitCode);
            assertTrue(outcome.err.startsWith("java.lang.IllegalStateException: index 3 out of bounds for length 3\n"), outcome.err);
            assertTrue(outcome.err.contains("\n    at " + Explode.class.getName() + ".call("), outcome.err);
        }
    }

    /** Damaged inputs are diagnostics, not errors: nothing looks like a stack trace, even with --debug. */
    @Test
    void damagedInputGivesDiagnosticsNotStackTraces(@TempDir Path dir) {
        String dst = SampleTraces.path("dst-stalled-400ms/dst.log").toString();
        byte[] gzip = TraceForms.gzip(DamagedLogs.bytes("dst-stalled-400ms/src.log"));
        String damaged = DamagedLogs.write(dir.resolve("src.log.gz"), DamagedLogs.cut(gzip, gzip.length / 2)).toString();
        for (List<String> args : List.of(List.of("report", damaged, dst), List.of("--debug", "report", damaged, dst),
                List.of("events", damaged, "/nonexistent/src.log"), List.of("report", "--format", "html", dst))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertFalse(run.err().contains("    at ") || run.err().contains("Exception"), run.err());
        }
    }

    private record Outcome(int exitCode, String err) {
    }

    private static Outcome run(String... args) {
        CommandLine commandLine = AnalyzerCommand.commandLine();
        commandLine.addSubcommand(new Explode());
        commandLine.addSubcommand(new ExplodeOnName());
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        commandLine.getErr().flush();
        return new Outcome(exitCode, err.toString());
    }
}
