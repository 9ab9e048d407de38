package io.downtime.cli;

import io.downtime.testing.ChildAnalyzer;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.downtime.testing.ChildAnalyzer.quote;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outputs never destroy inputs, and are written whole or not at all (issue 14, items 1 and 2;
 * docs/robustness.md, outputs). The inputs are a run set {@code set/} holding one case, a copy of
 * sample-traces/dst-stalled-400ms, and a rules file: every test checks their bytes after the run.
 */
class OutputSafetyTest {
    private static final String REFUSED = "; it would be overwritten: give another output file (nothing was written)\n";

    @TempDir
    Path dir;

    private Path set;
    private Path caseDir;
    private Path rules;
    private final Map<Path, byte[]> inputs = new HashMap<>();

    @BeforeEach
    void inputs() throws IOException {
        set = dir.resolve("set");
        caseDir = Files.createDirectories(set.resolve("case"));
        for (String name : List.of("src.log", "dst.log", "meta.json")) {
            Files.copy(SampleTraces.path("dst-stalled-400ms").resolve(name), caseDir.resolve(name));
        }
        rules = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nrules:\n  - {kind: blackout, max_ms: 1000}\n");
        for (Path input : List.of(caseDir.resolve("src.log"), caseDir.resolve("dst.log"), rules)) {
            inputs.put(input, Files.readAllBytes(input));
        }
    }

    /**
     * Every command with an output, given an output that is one of its inputs: as given, through a
     * symbolic link, through a hard link, or found inside a run-set directory. Today's code wrote over
     * it (exit 0: the trace was gone; events truncated src.log before reading it and listed it as 0
     * lines). Now: exit 2 before anything is opened for writing, every input as it was.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"report -o src.log", "replay -o src.log", "sweep -o a log found in the run set",
            "compare -o a log found in the run set", "baseline -o a log found in the run set", "gate --json src.log",
            "gate --junit the rules file", "events -o src.log", "report -o a symbolic link to src.log",
            "report -o a hard link to dst.log", "synth-trace -o a sample log"})
    void outputThatIsAnInputIsRefused(String writer) throws IOException {
        Path src = caseDir.resolve("src.log");
        Path dst = caseDir.resolve("dst.log");
        String other = SampleTraces.path("precopy-q35-small").toString();
        String c = caseDir.toString();
        String s = set.toString();
        String r = rules.toString();
        String is = "is one of the inputs";
        Path output = src;
        String option = "-o";
        String[] args = switch (writer) {
            case "report -o src.log" -> new String[]{"report", c, "-o", src.toString()};
            case "replay -o src.log" -> new String[]{"replay", "--downtime-limit", "300", "--switchover-limit", "10", c,
                    "-o", src.toString()};
            case "sweep -o a log found in the run set" -> new String[]{"sweep", "--downtime-limit", "300",
                    "--switchover-limit", "10", s, "-o", src.toString()};
            case "compare -o a log found in the run set" -> {
                output = dst;
                yield new String[]{"compare", s, other, "-o", dst.toString()};
            }
            case "baseline -o a log found in the run set" -> new String[]{"baseline", s, "-o", src.toString()};
            case "gate --json src.log" -> {
                option = "--json";
                yield new String[]{"gate", "--rules", r, s, "--json", src.toString()};
            }
            case "gate --junit the rules file" -> {
                option = "--junit";
                output = rules;
                yield new String[]{"gate", "--rules", r, s, "--junit", r};
            }
            case "events -o src.log" -> new String[]{"events", src.toString(), dst.toString(), "-o", src.toString()};
            case "report -o a symbolic link to src.log" -> {
                output = Files.createSymbolicLink(dir.resolve("link.txt"), src);
                is = "is the input " + src + " (the same file under another name: a link)";
                yield new String[]{"report", c, "-o", output.toString()};
            }
            case "report -o a hard link to dst.log" -> {
                output = Files.createLink(dir.resolve("hard.txt"), dst);
                is = "is the input " + dst + " (the same file under another name: a link)";
                yield new String[]{"report", c, "-o", output.toString()};
            }
            case "synth-trace -o a sample log" -> new String[]{"synth-trace", "--from", s, "--size", "1M", "-o",
                    src.toString()};
            default -> throw new IllegalArgumentException(writer);
        };
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().endsWith("analyzer: " + option + " " + output + ": " + is + REFUSED), run.err());
        assertEquals("", run.out());
        assertInputsUntouched();
    }

    /** Two outputs of one command that are one file: the second would overwrite the first. */
    @Test
    void gateOutputsThatAreOneFileAreRefused() throws IOException {
        Path results = dir.resolve("results");
        Path link = Files.createSymbolicLink(dir.resolve("results-link"), results);
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), set.toString(), "--junit", results.toString(),
                "--json", link.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("analyzer: --json " + link + ": is also --junit " + results + "; each output needs a file of its"
                + " own (nothing was written)\n", run.err());
        assertFalse(Files.exists(results));
        assertInputsUntouched();
    }

    /** A synthetic corpus written where its samples are could write over them: refused. */
    @Test
    void synthRunsIntoTheDirectoryOfItsSamplesIsRefused() throws IOException {
        CliRun run = CliRun.of("synth-runs", "--from", set.toString(), "--count", "1", "-o", dir.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("analyzer: -o " + dir + ": holds the samples of --from " + set + ": the corpus would be written among"
                + " them; give another directory (nothing was written)\n", run.err());
        assertFalse(Files.exists(dir.resolve("00000")));
        assertInputsUntouched();
    }

    /**
     * A full disk, for real: the child JVM runs under a file size limit of 8 KiB ({@code ulimit -f 8};
     * the JVM ignores SIGXFSZ, so writing past it fails with "File too large", as ENOSPC would). The
     * baseline of the case is 11,379 bytes. Today's code left b.json cut at the limit; now the old
     * b.json is as it was, no temporary file is left, exit 2, and the message says so.
     */
    @Test
    void baselineOnAFullDiskLeavesTheOldFile() throws IOException {
        Path baseline = Files.writeString(dir.resolve("b.json"), "the old baseline\n");
        CliRun run = ChildAnalyzer.bash(dir, "ulimit -f 8\n\"${ANALYZER[@]}\" baseline " + quote(set.toString()) + " -o "
                + quote(baseline.toString()));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("analyzer: " + baseline + ": cannot be written: File too large; nothing was written (an existing"
                + " file is left as it was)\n", run.err());
        assertEquals("the old baseline\n", Files.readString(baseline));
        assertOnlyTheseFiles(dir, "b.json", "rules.yaml", "set");
        assertInputsUntouched();
    }

    /** The same for a page (1.5 MB) of {@code report --format html -o}: the old page is left, no temporary file. */
    @Test
    void reportOnAFullDiskLeavesTheOldFile() throws IOException {
        Path page = Files.writeString(dir.resolve("report.html"), "the old page\n");
        CliRun run = ChildAnalyzer.bash(dir, "ulimit -f 8\n\"${ANALYZER[@]}\" report --format html " + quote(caseDir.toString())
                + " -o " + quote(page.toString()));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("analyzer: " + page + ": cannot be written: File too large; nothing was written (an existing file"
                + " is left as it was)\n", run.err());
        assertEquals("the old page\n", Files.readString(page));
        assertOnlyTheseFiles(dir, "report.html", "rules.yaml", "set");
    }

    /**
     * gate --junit and --json, the second failing (its directory is a file, a failure root cannot
     * write past): neither is written, so CI never reads a new JUnit file beside an old JSON one.
     * Today's code had replaced the XML before the JSON failed.
     */
    @Test
    void gateWritesBothFilesOrNeither() throws IOException {
        Path junit = Files.writeString(dir.resolve("gate.xml"), "the old xml\n");
        Path notADirectory = Files.writeString(dir.resolve("file"), "");
        Path json = notADirectory.resolve("gate.json");
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), set.toString(), "--junit", junit.toString(),
                "--json", json.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("analyzer: --json " + json + ": cannot be written: " + notADirectory + ": Not a directory; neither"
                + " --junit " + junit + " nor --json " + json + " was written (an existing file is left as it was)\n",
                run.err());
        assertEquals("the old xml\n", Files.readString(junit));
        assertOnlyTheseFiles(dir, "file", "gate.xml", "rules.yaml", "set");
    }

    /**
     * A file replaced by a shorter output holds the new output only; through a symbolic link, the file
     * it points to is replaced and the link kept; the old file's permissions are kept.
     */
    @Test
    void outputReplacesTheFileALinkPointsTo() throws IOException {
        Path target = Files.writeString(dir.resolve("report.txt"), "x".repeat(100_000));
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), target.getFileName());
        CliRun toFile = CliRun.of("report", caseDir.toString(), "-o", link.toString());
        CliRun toStdout = CliRun.of("report", caseDir.toString());
        assertEquals(0, toFile.exitCode(), toFile.err());
        assertEquals(toStdout.out(), Files.readString(target, StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertOnlyTheseFiles(dir, "latest.txt", "report.txt", "rules.yaml", "set");
    }

    /** A device cannot be replaced and holds nothing to lose: {@code -o /dev/null} writes to it, and it stays a device. */
    @Test
    void deviceIsWrittenInPlace() {
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), set.toString(), "--junit", "/dev/null", "--json",
                "/dev/null");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
    }

    private void assertInputsUntouched() throws IOException {
        for (Map.Entry<Path, byte[]> input : inputs.entrySet()) {
            assertArrayEquals(input.getValue(), Files.readAllBytes(input.getKey()), input.getKey() + " is as it was");
        }
        assertOnlyTheseFiles(caseDir, "dst.log", "meta.json", "src.log");
    }

    /** No temporary file left behind: the directory holds exactly {@code names}. */
    private static void assertOnlyTheseFiles(Path directory, String... names) {
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(names), files.map(file -> file.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
