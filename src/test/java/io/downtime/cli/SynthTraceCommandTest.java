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

    /**
     * {@code --lines} stops at that many lines, and {@code --form} stamps them as that backend does: the
     * same events, read back, in every form (the time of a line is the same instant in each; ISO and
     * unstamped lines have no id, unstamped ones no time).
     */
    @Test
    void everyFormHoldsTheSameEvents(@TempDir Path dir) {
        java.util.List<java.util.List<String>> details = new java.util.ArrayList<>();
        for (String form : new String[]{"log", "iso", "systemtap", "unstamped"}) {
            Path out = dir.resolve(form + ".log");
            CliRun run = CliRun.of("synth-trace", "--from", SampleTraces.root().toString(), "--mix", "downtime-only",
                    "--lines", "1000", "--form", form, "-o", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            io.downtime.testing.ReadResult read = io.downtime.testing.ReadResult.read(out);
            assertEquals(1000, read.accounting().lines(), form);
            assertEquals(1000, read.accounting().understoodTotal(), form);
            assertEquals(java.util.List.of(), read.diagnostics(), form);
            assertEquals(form.equals("unstamped") ? 0 : 1000,
                    read.events().stream().filter(e -> e.header().hasTime()).count(), form);
            details.add(read.events().stream().map(io.downtime.report.EventFields::detailText).toList());
            if (!form.equals("unstamped")) {
                details.add(read.events().stream().map(e -> Long.toString(e.header().micros())).toList());
            }
        }
        // log, log times, iso, iso times, systemtap, systemtap times, unstamped: fields and times agree
        assertEquals(details.get(0), details.get(2));
        assertEquals(details.get(0), details.get(4));
        assertEquals(details.get(0), details.get(6));
        assertEquals(details.get(1), details.get(3));
        assertEquals(details.get(1), details.get(5));
    }

    @Test
    void badSizeOrMixIsAUsageError(@TempDir Path dir) {
        for (String[] options : new String[][]{{"--size", "12X"}, {"--size", "-5M"}, {"--mix", "random"},
                {"--form", "xml"}, {"--lines", "-3"}}) {
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
