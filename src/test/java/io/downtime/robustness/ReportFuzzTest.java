package io.downtime.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.cli.AnalyzerCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of the whole report pipeline: any two byte arrays as the source's and the
 * destination's log (one fuzz input, split at {@link FuzzSeeds#LOG_SEPARATOR}), reported in every
 * format by the real command line. Seeds are real sample pairs ({@code ReportFuzzTestInputs/});
 * {@code JAZZER_FUZZ=1} fuzzes (docs/robustness.md).
 *
 * <p>What must hold: no exception escapes the command (the test replaces the handler that would turn
 * one into a message, so Jazzer sees it); the exit code is 0 or 2; 0 only with nothing on stderr; every
 * line on stderr is a diagnostic {@code file:line:column: message} or an {@code analyzer: } sentence;
 * JSON output is one valid JSON document.
 */
class ReportFuzzTest {
    private static final Pattern DIAGNOSTIC = Pattern.compile("^.+:\\d+:\\d+: \\S.*$");
    private static final Path DIRECTORY = temporaryDirectory();
    private static final Path SRC = DIRECTORY.resolve("src.log");
    private static final Path DST = DIRECTORY.resolve("dst.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "5s")
    void reportAnyTwoLogs(byte[] bytes) throws IOException {
        int split = indexOf(bytes, FuzzSeeds.LOG_SEPARATOR);
        ReaderFuzzTest.write(SRC, split < 0 ? bytes : Arrays.copyOf(bytes, split));
        ReaderFuzzTest.write(DST, split < 0 ? new byte[0]
                : Arrays.copyOfRange(bytes, split + FuzzSeeds.LOG_SEPARATOR.length, bytes.length));
        for (String format : List.of("text", "json", "csv", "html")) {
            Outcome outcome = report(format);
            assertTrue(outcome.exitCode == 0 || outcome.exitCode == 2, () -> format + ": exit code " + outcome.exitCode);
            if (outcome.exitCode == 0) {
                assertEquals("", outcome.err, format + ": exit code 0 with messages");
            } else {
                assertTrue(!outcome.err.isBlank(), format + ": exit code 2 without a word why");
            }
            for (String line : outcome.err.split("\n")) {
                assertTrue(line.isEmpty() || line.startsWith("analyzer: ") || DIAGNOSTIC.matcher(line).matches(),
                        () -> format + ": stderr line is neither a diagnostic nor a sentence: " + line);
                assertTrue(!line.startsWith("analyzer: error:"), () -> format + ": unexpected error: " + line);
            }
            if (format.equals("json") && !outcome.out.isEmpty()) {
                JsonNode document = JSON.readTree(outcome.out);
                assertEquals("analyzer-report", document.path("format").asText(), "a report document");
            }
        }
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome report(String format) {
        CommandLine commandLine = AnalyzerCommand.commandLine();
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            throw e;
        });
        boolean keepOutput = !format.equals("html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(keepOutput ? out : Writer.nullWriter()));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute("report", "--format", format, "-o", "-", SRC.toString(), DST.toString());
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("report-fuzz");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
