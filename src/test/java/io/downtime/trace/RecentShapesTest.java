package io.downtime.trace;

import io.downtime.synth.BenchTraceFiles;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RecentShapes} may only ever say what {@link LinePrefilter} says: whenever it recognises a
 * line, the prefilter calls it an other event of the same name. Checked on the benchmark's trace
 * (real lines) and on those lines damaged one byte at a time around the stamp and the name, where a
 * shortcut would go wrong.
 */
class RecentShapesTest {

    @Test
    void agreesWithThePrefilterOnEveryLineAndEveryNearMiss(@TempDir Path dir) throws IOException {
        Path file = BenchTraceFiles.migrationMix(dir, 4L << 20);
        List<byte[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            lines.add(line.getBytes(StandardCharsets.ISO_8859_1));
        }
        SplittableRandom random = new SplittableRandom(11);
        RecentShapes recent = new RecentShapes();
        LinePrefilter prefilter = new LinePrefilter();
        NameTally tally = new NameTally();
        long recognised = 0;
        long nearMisses = 0;
        for (byte[] line : lines) {
            recognised += check(recent, prefilter, tally, line);
            // the same line with one byte of its first 48 changed to a byte that matters to the stamp or the name
            byte[] damaged = line.clone();
            int at = random.nextInt(Math.min(48, damaged.length));
            damaged[at] = (byte) ":. @_a0\t\0x-\r".charAt(random.nextInt(12));
            nearMisses += check(recent, prefilter, tally, damaged);
        }
        // the real lines mostly take the shortcut (the same thread within the same second, twelve names)
        assertTrue(recognised > lines.size() / 2, recognised + " of " + lines.size());
        assertTrue(nearMisses > 0);
    }

    /** Checks one line, then lets the shapes learn from it as {@link LineClassifier} does; 1 when recognised. */
    private static int check(RecentShapes recent, LinePrefilter prefilter, NameTally tally, byte[] line) {
        int known = recent.match(line, 0, line.length);
        LinePrefilter.Verdict verdict = prefilter.classify(line, 0, line.length);
        String text = new String(line, StandardCharsets.ISO_8859_1);
        if (known >= 0) {
            assertEquals(LinePrefilter.Verdict.OTHER_EVENT, verdict, text);
            assertEquals(prefilter.nameEnd(), recent.nameEnd(), text);
        }
        assertSameAhead(recent, line, known, text);
        if (known >= 0) {
            recent.count(known);
            NameTally one = new NameTally();
            recent.flush(one);
            String name = new String(line, prefilter.nameStart(), prefilter.nameEnd() - prefilter.nameStart(),
                    StandardCharsets.ISO_8859_1);
            assertEquals(java.util.Map.of(name, 1L), one.snapshot(), text);
            return 1;
        }
        if (verdict == LinePrefilter.Verdict.OTHER_EVENT) {
            recent.learn(line, 0, prefilter.nameStart(), prefilter.nameEnd(), tally);
        }
        return 0;
    }

    /**
     * What the classifier asks before the line's end is known ({@link RecentShapes#matchAhead}): the line as
     * the scanner holds it, after a line before it and followed by its line end (LF or CR LF) and the next
     * line's first bytes, or last in the input, gets the answer the line alone gets, with the same name end
     * (shifted by where the line starts); cut anywhere before its end with more input to come, "unknown"
     * or that same answer, never another.
     */
    private static void assertSameAhead(RecentShapes recent, byte[] line, int known, String text) {
        int nameEnd = recent.nameEnd();
        byte[] before = "6004@1795654070.598386:migrate_set_state new state device\n".getBytes(StandardCharsets.ISO_8859_1);
        // a CR that ends the line is part of it only when another CR and the LF follow
        List<String> afters = text.endsWith("\r") ? List.of("\r\n", "\r\n6004@1795654070.598977:ram_save_page ")
                : List.of("\n", "\r\n", "\n6004@1795654070.598977:ram_save_page ", "\r\n\n", "", "\r");
        for (String after : afters) {
            byte[] held = (new String(before, StandardCharsets.ISO_8859_1) + text + after).getBytes(StandardCharsets.ISO_8859_1);
            boolean endOfInput = after.isEmpty() || after.equals("\r");
            int ahead = recent.matchAhead(held, before.length, held.length, endOfInput);
            assertEquals(known, ahead, "after " + after.replace("\r", "CR").replace("\n", "LF") + ": " + text);
            if (known >= 0) {
                assertEquals(nameEnd, recent.nameEnd() - before.length, text);
            }
            for (int cut = before.length; cut < held.length && !endOfInput; cut += 7) {
                int partial = recent.matchAhead(held, before.length, cut, false);
                assertTrue(partial == -1 || partial == known, "cut at " + (cut - before.length) + ": " + text);
            }
        }
    }

    @Test
    void samplesLinesAreRecognisedOnlyAsThePrefilterSays() throws IOException {
        RecentShapes recent = new RecentShapes();
        LinePrefilter prefilter = new LinePrefilter();
        NameTally tally = new NameTally();
        int recognised = 0;
        try (var files = Files.walk(SampleTraces.root())) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                    recognised += check(recent, prefilter, tally, line.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
        // the full traces' other events (202 lines: migration_rate_limit_*, savevm_section_skip ...) come in
        // runs of the same thread within one second: most after the first of each name take the shortcut
        // (124 of them), and every one it takes is checked against the prefilter above
        assertTrue(recognised > 100, recognised + " sample lines recognised");
    }
}
