package io.downtime.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.ChildAnalyzer;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.downtime.testing.ChildAnalyzer.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names of case directories as they are, whatever they hold and whatever the locale (issue 14,
 * items 9 and 16; docs/robustness.md). Each case is a copy of sample-traces/dst-stalled-400ms's
 * two logs: one migration, paired by being the only runs, clock one-sided, at least 405.351 ms.
 */
class UnusualNamesTest {
    private static final String ROW_TAIL = "  src.log run 1  dst.log run 1  completed  only runs  one-sided  ≥405.351 ms";

    @TempDir
    Path dir;

    /**
     * A case directory {@code x y\z}: a backslash is a character of a Linux file name, not a
     * separator. It was shown and recorded as {@code x y/z} (a name of another directory); now as it
     * is, in the text and CSV listings and in the JSON (where JSON escapes the backslash).
     */
    @Test
    void backslashInACaseDirectoryIsShownAsItIs() throws Exception {
        caseIn(dir.resolve("set").resolve("x y\\z"));
        String set = dir.resolve("set").toString();

        CliRun text = CliRun.of("runs", set);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("set    set/x y\\z" + ROW_TAIL), text.out());

        CliRun csv = CliRun.of("runs", "--format", "csv", set);
        assertTrue(csv.out().contains("\nset,set/x y\\z,set/x y\\z,1,"), csv.out());

        JsonNode json = new ObjectMapper().readTree(CliRun.of("runs", "--format", "json", set).out());
        assertEquals("set/x y\\z", json.get("cases").get(0).get("name").asText());
        assertEquals(dir.resolve("set").resolve("x y\\z").toString(), json.get("cases").get(0).get("paths").get(0).asText());
    }

    /**
     * Under the C locale Java names files in ASCII: the run set {@code u} with a case {@code u/café}
     * aborted with "Malformed input or input contains unmappable characters", exit 2, nothing listed.
     * The analyzer runs in a JVM of its own with LANG, LC_ALL and LC_CTYPE unset (what
     * {@code env -u LANG -u LC_ALL} leaves on a machine without other locale variables), started
     * directly, not through the launcher (which would switch to UTF-8): the case is found, read and
     * named {@code u/café}, its bytes read as UTF-8.
     */
    @Test
    void runSetUnderTheCLocale() throws IOException {
        caseIn(dir.resolve("u").resolve("café"));
        CliRun run = ChildAnalyzer.bash(dir, "\"${ANALYZER[@]}\" runs u", environment -> {
            environment.remove("LANG");
            environment.remove("LC_ALL");
            environment.remove("LC_CTYPE");
        });
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("u      u/café" + ROW_TAIL), run.out());
    }

    /**
     * A directory named with bytes that are not UTF-8 ({@code caf} and the Latin-1 byte E9, made by
     * bash, since Java cannot name it from a string): it was reported as missing (its name, turned
     * into text with U+FFFD and back into a path, named another directory). Now it is read, and
     * shown with the byte escaped, {@code set/caf\xe9}, in the listing, in the events' input names and
     * in a baseline's record of its inputs (whose checksums read the file itself).
     */
    @Test
    void directoryNamedWithBytesThatAreNotUtf8() throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        Path src = SampleTraces.path("dst-stalled-400ms/src.log");
        Path dst = SampleTraces.path("dst-stalled-400ms/dst.log");
        CliRun made = ChildAnalyzer.bash(set, "name=$(printf 'caf\\351') && mkdir \"$name\" && cp " + quote(src.toString())
                + " " + quote(dst.toString()) + " \"$name\"/ && echo ok");
        assertEquals("ok\n", made.out(), made.err());

        CliRun runs = CliRun.of("runs", set.toString());
        assertEquals(0, runs.exitCode(), runs.err());
        assertTrue(runs.out().contains("set    set/caf\\xe9" + ROW_TAIL), runs.out());

        CliRun events = CliRun.of("events", "--summary", set.toString());
        assertEquals(0, events.exitCode(), events.err());
        assertTrue(events.out().contains(set + "/caf\\xe9/src.log     52          52"), events.out());

        Path baseline = dir.resolve("b.json");
        CliRun written = CliRun.of("baseline", set.toString(), "-o", baseline.toString());
        assertEquals(0, written.exitCode(), written.err());
        JsonNode inputs = new ObjectMapper().readTree(baseline.toFile()).get("inputs");
        assertEquals(List.of(set + "/caf\\xe9/dst.log", set + "/caf\\xe9/src.log"),
                Stream.of(inputs.get(0), inputs.get(1)).map(input -> input.get("path").asText()).sorted().toList());
        assertEquals(Files.size(src), Stream.of(inputs.get(0), inputs.get(1))
                .filter(input -> input.get("path").asText().endsWith("src.log")).findFirst().orElseThrow().get("bytes").asLong());
    }

    /** A path typed with bytes that are not UTF-8 cannot be named by Java from its command line: the message says so, and what to do. */
    @Test
    void typedPathThatIsNotUtf8IsExplained() {
        CliRun run = ChildAnalyzer.bash(dir, "\"${ANALYZER[@]}\" report \"$(printf 'caf\\351')\"");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("analyzer: caf\uFFFD: no such file or directory (as given, the path is not valid UTF-8, which Java"
                + " cannot name from the command line; give a directory above it: names found in directories are read"
                + " whatever their bytes)\n", run.err());
    }

    private static void caseIn(Path caseDir) throws IOException {
        Files.createDirectories(caseDir);
        for (String log : List.of("src.log", "dst.log")) {
            Files.copy(SampleTraces.path("dst-stalled-400ms").resolve(log), caseDir.resolve(log));
        }
    }
}
