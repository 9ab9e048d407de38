package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer synth-trace}, the benchmark's generator: sizes, mixes, and what it says. */
class SynthTraceCommandTest {

    @Test
    void sizesTakeKMAndGSuffixes() {
        assertEquals(600L << 20, SynthTraceCommand.bytes("600M"));
        assertEquals(2L << 30, SynthTraceCommand.bytes("2g"));
        assertEquals(64L << 10, SynthTraceCommand.bytes("64K"));
        assertEquals(1000, SynthTraceCommand.bytes("1000"));
    }

    @Test
    void writesWhatItSays(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.log");
        CliRun run = CliRun.of("synth-trace", "--from", SampleTraces.root().toString(), "--size", "2M",
                "--mix", "downtime-only", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        long bytes = Files.size(out);
        long lines = Files.readAllLines(out).size();
        assertTrue(bytes >= 2L << 20, "at least the size asked: " + bytes);
        // every line a downtime event: the line count is the vmstate_downtime count it states
        assertTrue(run.err().contains(": " + lines + " lines, " + bytes + " bytes, " + lines + " vmstate_downtime lines, from "),
                run.err());
    }

    @Test
    void aMissingSampleDirectoryIsNamed(@TempDir Path dir) {
        Path out = dir.resolve("t.log");
        CliRun run = CliRun.of("synth-trace", "--from", dir.resolve("absent").toString(), "-o", out.toString());
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: --from " + dir.resolve("absent") + ": no such directory\n", run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badSizeOrMixIsAUsageError(@TempDir Path dir) {
        for (String[] options : new String[][]{{"--size", "12X"}, {"--size", "-5M"}, {"--mix", "random"}}) {
            Path out = dir.resolve("t.log");
            String[] args = new String[]{"synth-trace", "--from", SampleTraces.root().toString(), "-o", out.toString(),
                    options[0], options[1]};
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", options));
            assertTrue(run.err().startsWith("analyzer: --size is a number of bytes"), run.err());
            assertFalse(Files.exists(out), "nothing written on a usage error");
        }
    }
}
