package io.downtime.trace;

import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The byte-level shapes of libvirt's lines, on the lines of the libvirt sample and on near misses. */
class LibvirtLineShapeTest {

    private static List<String> sourceLog() throws IOException {
        return Files.readAllLines(SampleTraces.path("libvirt-one-migration/src-host-guest-a.log"),
                StandardCharsets.ISO_8859_1);
    }

    private static boolean stamped(String line) {
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        return LibvirtLineShape.isStamped(b, 0, b.length);
    }

    private static boolean option(String line) {
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        return LibvirtLineShape.isCommandLineOption(b, 0, b.length);
    }

    /** grammar/LibvirtLine.g4's option tokens (NAME_OPTION '-name' ... PAUSED_OPTION '-S'), copied by hand. */
    @Test
    void theOptionsAreTheGrammars() {
        assertEquals(List.of("-name", "-uuid", "-incoming", "-S"), LibvirtLineShape.readOptions());
    }

    @Test
    void libvirtsStampedLinesOfTheSampleAreStamped() throws IOException {
        List<String> lines = sourceLog();
        // line 1 "2026-11-26 01:05:21.699+0000: starting up ...", 52 "... shutting down, reason=failed",
        // 53 the second start, 174 "... shutting down, reason=migrated"
        for (int number : new int[]{1, 52, 53, 174}) {
            assertTrue(stamped(lines.get(number - 1)), "line " + number);
        }
        // 9 lines carry libvirt's stamp: those four, the "Domain id=N is tainted" lines 48, 49, 100, 101 and
        // 102 "initiating migration" (grep -cE '^[0-9-]{10} [0-9:.]{12}[+-][0-9]{4}: ' on the file)
        assertEquals(9, lines.stream().filter(LibvirtLineShapeTest::stamped).count());
        // line 50 is QEMU's own ISO stamp (2026-11-26T01:05:21.728821Z), not libvirt's
        assertFalse(stamped(lines.get(49)));
    }

    @Test
    void nearMissesOfTheStampAreNot() {
        assertTrue(stamped("2026-11-26 01:05:21.699-0500: x"));
        assertTrue(stamped("2026-11-26 01:05:21.699+0000: "));
        assertFalse(stamped("2026-11-26 01:05:21.699+0000:"));
        assertFalse(stamped("2026-11-26T01:05:21.699+0000: x"));
        assertFalse(stamped("2026-11-26 01:05:21,699+0000: x"));
        assertFalse(stamped("2026-11-2a 01:05:21.699+0000: x"));
        assertFalse(stamped("2026-11-26 01:05:21.699 0000: x"));
    }

    @Test
    void theFourOptionsTheGrammarReadsAndNoOther() throws IOException {
        List<String> lines = sourceLog();
        // the first QEMU start's command line: 9 "-name guest=guest-a,debug-threads=on \", 10 "-S \",
        // 19 "-uuid 5f0c... \"; 11 "-object ..." and 33 "-device ..." are options the tool does not read
        assertTrue(option(lines.get(8)));
        assertTrue(option(lines.get(9)));
        assertTrue(option(lines.get(18)));
        assertFalse(option(lines.get(10)));
        assertFalse(option(lines.get(32)));
        // the source never had -incoming: the destination's line 43 "-incoming defer \"
        assertEquals(0, lines.stream().filter(line -> line.startsWith("-incoming")).count());
        assertTrue(option("-incoming defer \\"));
        assertTrue(option("-S"));
        assertTrue(option("-uuid\t5f0c1a5e"));
        assertFalse(option("-Sx \\"));
        assertFalse(option("-smp 1 \\"));
        assertFalse(option("-nam"));
        assertFalse(option("-names x"));
    }
}
