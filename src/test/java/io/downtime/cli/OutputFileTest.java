package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -o} and {@code --format html} behave alike in every command that writes a listing or a page
 * (OutputFile): a page needs {@code -o}, {@code -o -} is standard output, a file that cannot be
 * written is exit code 2, and a file holds exactly what standard output would.
 */
class OutputFileTest {
    @TempDir
    Path dir;

    /** A command line up to its format, its inputs, and its listing formats. */
    record Command(List<String> words, List<String> inputs, List<String> formats) {
        String name() {
            return words.get(0);
        }

        String[] with(String... options) {
            List<String> all = new ArrayList<>(words);
            all.addAll(List.of(options));
            all.addAll(inputs);
            return all.toArray(String[]::new);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static List<Command> commands() {
        String stalled = SampleTraces.path("dst-stalled-400ms").toString();
        return List.of(
                new Command(List.of("events"), List.of(SampleTraces.path("dst-stalled-400ms/dst.log").toString()),
                        List.of("text", "csv", "json")),
                new Command(List.of("report"), List.of(stalled), List.of("text", "json", "csv")),
                new Command(List.of("replay", "--downtime-limit", "300", "--switchover-limit", "10"), List.of(stalled),
                        List.of("text", "json")),
                new Command(List.of("sweep", "--downtime-limit", "2:302:300", "--switchover-limit", "1:10:9"),
                        List.of(stalled), List.of("text", "csv", "json")),
                new Command(List.of("compare"), List.of(stalled, SampleTraces.path("precopy-q35-small").toString()),
                        List.of("text", "csv", "json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void htmlNeedsAnOutputFile(Command command) {
        CliRun run = CliRun.of(command.with("--format", "html"));
        assertEquals(2, run.exitCode(), command.name());
        assertTrue(run.err().startsWith("analyzer: --format html writes a page: give -o FILE (or -o - for standard output)\n"),
                run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void dashWritesThePageToStandardOutput(Command command) {
        CliRun run = CliRun.of(command.with("--format", "html", "-o", "-"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>\n"), run.out().substring(0, Math.min(100, run.out().length())));
        assertTrue(run.out().endsWith("</html>\n"));
        assertEquals("", run.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void unwritableOutputIsExitCode2(Command command) {
        Path file = dir.resolve("no-such-dir").resolve("page.html");
        CliRun run = CliRun.of(command.with("--format", "html", "-o", file.toString()));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("analyzer: " + file + ": cannot write: "), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void outputFileTakesEveryFormat(Command command) throws IOException {
        for (String format : command.formats()) {
            Path file = dir.resolve(command.name() + "." + format);
            CliRun toFile = CliRun.of(command.with("--format", format, "-o", file.toString()));
            CliRun toStdout = CliRun.of(command.with("--format", format));
            assertEquals(0, toFile.exitCode(), toFile.err());
            assertEquals("", toFile.out());
            assertEquals(toStdout.out(), Files.readString(file, StandardCharsets.UTF_8), command.name() + " " + format);
        }
    }
}
