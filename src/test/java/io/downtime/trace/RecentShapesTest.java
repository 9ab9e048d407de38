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

    /**
     * Near misses where the comparisons eight bytes at a time could go wrong: the fraction (six digits and
     * the colon are read as one word; five or seven digits, or a byte just outside the digits, '/' 0x2F and
     * ':' 0x3A, or one large enough to carry when 6 is added, 0xFA to 0xFF, must fall back to the byte
     * loop or fail as it does), the names of 8, 9, 15, 16 and 17 bytes (compared a word at a time after
     * their first eight bytes, the last word overlapping the one before) changed at every byte, one byte
     * short or long, and lines shorter than a word. Each is checked against the prefilter, alone and as
     * the scanner holds it (after another line, before LF, CR LF or the input's end, cut short).
     */
    @Test
    void nearMissesAtWordBoundariesAgreeWithThePrefilter() {
        RecentShapes recent = new RecentShapes();
        LinePrefilter prefilter = new LinePrefilter();
        NameTally tally = new NameTally();
        String stamp = "6004@1795654070.";
        List<String> names = List.of("ram_save", "ram_save_", "savevm_section_", "migrate_pending_", "savevm_state_iter");
        int recognised = 0;
        for (String name : names) {
            // learnt first (the prefilter calls it an other event), then recognised
            assertEquals(0, check(recent, prefilter, tally, bytes(stamp + "598386:" + name + " a=1")));
            recognised += check(recent, prefilter, tally, bytes(stamp + "598387:" + name + " a=2"));
        }
        assertEquals(names.size(), recognised, "every name learnt is recognised on the next line");
        // what comes between the stamp's start and the name: a fraction and its colon, right or nearly
        List<String> betweens = new ArrayList<>(List.of("5:", "59838:", "5983861:", "59838612:", "598386:", ":", "598386"));
        for (int at = 0; at < 7; at++) {
            for (char c : new char[]{'/', ':', ';', 'a', ' ', '\r', '\n', (char) 0xFA, (char) 0xFF, '0'}) {
                StringBuilder between = new StringBuilder("598386:");
                between.setCharAt(at, c);
                betweens.add(between.toString());
            }
        }
        for (String name : names) {
            for (String between : betweens) {
                check(recent, prefilter, tally, bytes(stamp + between + name + " a=3"));
                check(recent, prefilter, tally, bytes(stamp + between + name));
            }
            for (int at = 0; at < name.length(); at++) {
                for (char c : new char[]{'x', '_', ' ', '\r', (char) (name.charAt(at) ^ 0x80)}) {
                    StringBuilder changed = new StringBuilder(name);
                    changed.setCharAt(at, c);
                    check(recent, prefilter, tally, bytes(stamp + "598388:" + changed + " a=4"));
                }
            }
            check(recent, prefilter, tally, bytes(stamp + "598389:" + name.substring(0, name.length() - 1) + " a=5"));
            check(recent, prefilter, tally, bytes(stamp + "598389:" + name + "x a=6"));
            check(recent, prefilter, tally, bytes(stamp + "598389:" + name + "\t"));
        }
        String line = stamp + "598390:" + names.get(0);
        for (int length = 0; length <= line.length(); length++) {
            check(recent, prefilter, tally, bytes(line.substring(0, length)));
            check(recent, prefilter, tally, bytes(line.substring(length)));
        }
    }

    @Test
    void sixDigitsAndAColonAreOneWordOnlyWhenTheByteLoopSaysSo() {
        SplittableRandom random = new SplittableRandom(18);
        byte[] alphabet = {'0', '5', '9', '/', ':', ';', '\n', '\r', ' ', 'a', (byte) 0xFA, (byte) 0xFF, (byte) 0x3F, (byte) 0xB0, (byte) 0x39};
        int passed = 0;
        for (int n = 0; n < 200_000; n++) {
            byte[] word = new byte[8];
            for (int i = 0; i < 8; i++) {
                // mostly digits, so that words with one byte wrong are common
                word[i] = random.nextInt(3) > 0 ? (byte) ('0' + random.nextInt(10)) : alphabet[random.nextInt(alphabet.length)];
            }
            if (random.nextBoolean()) {
                word[6] = ':';
            }
            boolean expected = word[6] == ':';
            for (int i = 0; i < 6; i++) {
                expected &= word[i] >= '0' && word[i] <= '9';
            }
            long value = ByteText.head(word, 0);
            assertEquals(expected, RecentShapes.isMicrosAndColon(value), new String(word, StandardCharsets.ISO_8859_1));
            passed += expected ? 1 : 0;
        }
        assertTrue(passed > 1000, passed + " words were six digits and a colon");
    }

    private static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.ISO_8859_1);
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
