package io.downtime.robustness;

import io.downtime.gate.DeviceGlob;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, items 5, 10 and 15 for rules files (docs/robustness.md, "Rules files and baselines"):
 * a file too large to parse quickly is refused unread; a key given twice is refused with the file,
 * its line and column and the key; values that named nothing (an infinite or overflowing
 * {@code max_ms}, 100,000 stars) are refused with the file, the field and what is allowed. Every one
 * exits 2 and runs no rule. The gate runs on sample-traces/dst-stalled-400ms, guest stopped at least
 * 405.351 ms.
 */
class HostileRulesFilesTest {
    private static final String SAMPLE = SampleTraces.path("dst-stalled-400ms").toString();

    @TempDir
    Path dir;

    /**
     * The red team's case: two {@code rules:} lists, the second with a limit no migration reaches.
     * Jackson kept the last and the gate passed; now the file is refused at the second key, line 4.
     */
    @Test
    void duplicateRulesListRefusedNotPassed() throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nrules:\n  - {kind: blackout, max_ms: 300}\n"
                + "rules:\n  - {kind: blackout, max_ms: 100000}\n");
        CliRun run = CliRun.of("gate", SAMPLE, "--rules", rules.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertEquals("analyzer: " + rules + ":4:1: rules: given twice in one mapping (first at line 2); a key may be given"
                + " once\n", run.err());
        assertEquals("", run.out());
    }

    /** In JSON, and inside a rule: {@code "max_ms"} twice on line 1, the second at column 60 (59 characters before it). */
    @Test
    void duplicateKeyInJsonRuleRefused() throws IOException {
        String text = "{\"version\": 1, \"rules\": [{\"kind\": \"blackout\", \"max_ms\": 1, \"max_ms\": 100000}]}";
        Path rules = Files.writeString(dir.resolve("rules.json"), text);
        assertEquals(59, text.lastIndexOf("\"max_ms\""));
        CliRun run = CliRun.of("gate", SAMPLE, "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + rules + ":1:60: max_ms: given twice in one mapping (first at line 1); a key may be"
                + " given once\n", run.err());
    }

    /**
     * A rules file of 1 MiB and a byte, one long text (what took 3.8 s at 4 MiB and 422 s at 32 MiB):
     * refused by its size before it is parsed, the size said.
     */
    @Test
    void rulesFileOverOneMebibyteRefusedUnread() throws IOException {
        String head = "version: 1\nrules:\n  - {kind: device, max_us: 5, match: \"";
        String tail = "\"}\n";
        int size = (1 << 20) + 1;
        Path rules = Files.writeString(dir.resolve("rules.yaml"), head + "x".repeat(size - head.length() - tail.length()) + tail);
        assertEquals(size, Files.size(rules));
        CliRun run = CliRun.of("gate", SAMPLE, "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + rules + ": 1048577 bytes; a rules file is at most 1048576 bytes (1 MiB): it is not"
                + " read\n", run.err());
    }

    /**
     * {@code max_ms: 1e400} was "Character I is neither a decimal digit", and
     * {@code 9223372036854775.807} (2^63 − 1 µs, exactly) "Overflow": each names the file, where
     * ({@code max_ms} at line 3, column 22: "  - {kind: blackout, " is 21 characters), the rule,
     * the field and the range.
     */
    @Test
    void hugeMillisecondsNameTheFieldAndTheRange() throws IOException {
        for (String[] value : new String[][]{{"1e400", "1E+400"}, {"9223372036854775.807", "9223372036854775.807"}}) {
            Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nrules:\n  - {kind: blackout, max_ms: "
                    + value[0] + "}\n");
            CliRun run = CliRun.of("gate", SAMPLE, "--rules", rules.toString());
            assertEquals(2, run.exitCode());
            assertEquals("analyzer: " + rules + ":3:22: rule 1 (blackout): max_ms: expected a number of milliseconds from"
                    + " 0 to 86400000 (a day), got " + value[1] + "\n", run.err());
        }
    }

    /**
     * A {@code match:} of 100,000 stars overflowed the stack of the regular expression it became
     * (400 KB of stderr). The file refuses a text that long, naming the field; the glob itself matches
     * without recursion whatever its length (100,000 stars are one star).
     */
    @Test
    void hundredThousandStarsNeitherOverflowNorPassUnsaid() throws IOException {
        String stars = "*".repeat(100_000);
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nrules:\n  - {kind: device, max_us: 5, match: \""
                + stars + "\"}\n");
        CliRun run = CliRun.of("gate", SAMPLE, "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        // "  - {kind: device, max_us: 5, match: " is 37 characters: the text begins at column 38
        assertEquals("analyzer: " + rules + ":3:38: match: a text of 100000 characters; texts are at most 65536\n", run.err());
        assertTrue(new DeviceGlob(stars).matches("0000:00:02.0/vfio"));
        assertTrue(new DeviceGlob(stars + "vfio" + stars).matches("0000:00:02.0/vfio"));
        assertTrue(!new DeviceGlob(stars + "?" + stars + "vfio" + stars).matches("vfio"));
    }

    /**
     * Half of a surrogate pair written as a JSON escape in a device rule's {@code match}: not Unicode, no device
     * name can hold it, and the gate's outputs could not show it. Refused where the text stands.
     */
    @Test
    void halfOfASurrogatePairRefused() throws IOException {
        String text = "{\"version\": 1, \"rules\": [{\"kind\": \"device\", \"match\": \"*\\udc00\", \"max_us\": 1}]}";
        Path rules = Files.writeString(dir.resolve("rules.json"), text);
        // the value's opening quote stands after 53 characters of line 1: column 54
        assertEquals(53, text.indexOf("\"*\\udc00\""));
        CliRun run = CliRun.of("gate", SAMPLE, "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + rules + ":1:54: match: a text holding U+DC00 without its pair is not Unicode\n",
                run.err());
    }

    /** A rules file whose value is a YAML alias: Jackson read {@code *x} as the text "x"; now refused where it stands. */
    @Test
    void yamlAliasRefused() throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nrules:\n  - {kind: blackout, max_ms: &l 300}\n"
                + "  - {kind: blackout, max_ms: *l}\n");
        CliRun run = CliRun.of("gate", SAMPLE, "--rules", rules.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("analyzer: " + rules + ":4:"), run.err());
        assertTrue(run.err().contains("a YAML alias (*l) is not read: write the value itself"), run.err());
    }
}
