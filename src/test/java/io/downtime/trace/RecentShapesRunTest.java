package io.downtime.trace;

import io.downtime.synth.BenchTraceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RecentShapes#countRun} counts, with no scanner, a run of lines of the commonest shape held in a
 * buffer. Every line it counts must be one the prefilter calls an other event of the name it counts, that
 * ends with an LF before the bytes held end and is not too long to keep; where it stops and says the line
 * is not the shape, {@link RecentShapes#matchAhead} must say so too; and it must not stop at a whole line
 * that {@link RecentShapes#match} recognises (else the shortcut would not be taken). The lines are the
 * benchmark trace's (real lines), each perhaps damaged near its stamp or name, given a tail whose length
 * puts its line end at every place in the words searched two at a time, bytes near the line end that
 * a word-at-a-time search could take for an LF (0x0B, 0x8A, 0x8B, 0x80, 0x00, 0x09, CR), CR LF line ends, lines
 * shorter than a word, and a line too long to keep; every stop is also tried with the bytes held cut
 * anywhere after it.
 */
class RecentShapesRunTest {

    @Test
    void aRunCountsOnlyWhatThePrefilterCountsAndStopsOnlyWhereItMust(@TempDir Path dir) throws IOException {
        Path file = BenchTraceFiles.migrationMix(dir, 1L << 20);
        List<String> real = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        SplittableRandom random = new SplittableRandom(25);
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        for (String line : real) {
            held.writeBytes(variant(line, random));
        }
        long[] countedOfLines = assertRunsAgree(held.toByteArray(), random);
        // most of the benchmark's lines are other events in runs of one thread within one second
        assertTrue(countedOfLines[0] > countedOfLines[1] / 2, countedOfLines[0] + " of " + countedOfLines[1] + " lines counted in runs");
    }

    /**
     * The run keeps the last line's name when it is 16 bytes or shorter and tries it first, by its first and last
     * eight bytes and the byte after it. Each other event's line of the benchmark trace (one for each name), then
     * the same line with one byte of its name, or the byte after it, replaced, or a byte put in or taken out
     * there: each such line comes right after a line of the name it nearly has, and must be counted only as
     * the prefilter counts it. Names of 17 to 24 bytes are there too: for them the first and last eight bytes
     * are not all of the name.
     */
    @Test
    void aLineRightAfterOneOfItsNameIsCountedOnlyAsThePrefilterCountsIt(@TempDir Path dir) throws IOException {
        Path file = BenchTraceFiles.migrationMix(dir, 1L << 20);
        LinePrefilter prefilter = new LinePrefilter();
        Map<String, String> lineOfName = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
            if (prefilter.classify(bytes, 0, bytes.length) == LinePrefilter.Verdict.OTHER_EVENT) {
                lineOfName.putIfAbsent(new String(bytes, prefilter.nameStart(), prefilter.nameEnd() - prefilter.nameStart(),
                        StandardCharsets.ISO_8859_1), line);
            }
        }
        assertTrue(lineOfName.keySet().stream().anyMatch(name -> name.length() >= 8 && name.length() <= 16), lineOfName.keySet().toString());
        assertTrue(lineOfName.keySet().stream().anyMatch(name -> name.length() > 16 && name.length() <= 24), lineOfName.keySet().toString());
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        for (Map.Entry<String, String> entry : lineOfName.entrySet()) {
            String line = entry.getValue();
            byte[] whole = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
            prefilter.classify(whole, 0, whole.length - 1);
            int nameStart = prefilter.nameStart();
            int nameEnd = prefilter.nameEnd();
            held.writeBytes(whole);
            for (int at = nameStart; at <= nameEnd; at++) {
                for (char c : "Xa_0:. \t\r\n".toCharArray()) {
                    held.writeBytes(whole);
                    StringBuilder text = new StringBuilder(line);
                    if (at < text.length()) {
                        text.setCharAt(at, c);
                    } else {
                        text.append(c);
                    }
                    held.writeBytes((text + "\n").getBytes(StandardCharsets.ISO_8859_1));
                    held.writeBytes(whole);
                    held.writeBytes((new StringBuilder(line).insert(at, c) + "\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                held.writeBytes(whole);
                held.writeBytes((new StringBuilder(line).deleteCharAt(Math.min(at, line.length() - 1)) + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        long[] countedOfLines = assertRunsAgree(held.toByteArray(), new SplittableRandom(26));
        assertTrue(countedOfLines[0] > countedOfLines[1] / 3, countedOfLines[0] + " of " + countedOfLines[1] + " lines counted in runs");
    }

    /**
     * Reads {@code b} as the classifier does, in runs and one line at a time where a run stops, checking each run
     * and each stop against the prefilter and {@link RecentShapes#matchAhead}; returns the lines counted in runs and
     * all the lines.
     */
    private static long[] assertRunsAgree(byte[] b, SplittableRandom random) {
        int limit = b.length;

        RecentShapes recent = new RecentShapes();
        LinePrefilter prefilter = new LinePrefilter();
        NameTally tally = new NameTally();
        Map<String, Long> expected = new HashMap<>();
        long counted = 0;
        long lines = 0;
        int position = 0;
        while (position < limit) {
            // the bytes held cut anywhere after here: what is counted is the lines that end before the cut
            int cut = position + 1 + random.nextInt(Math.min(limit - position, 400));
            int cutTo = recent.countRun(b, position, cut);
            int cutLines = recent.runLines();
            boolean cutUndecided = recent.runUndecided();
            NameTally thrown = new NameTally();
            recent.flush(thrown);
            assertEquals(cutLines, thrown.snapshot().values().stream().mapToLong(Long::longValue).sum());

            int to = recent.countRun(b, position, limit);
            int run = recent.runLines();
            recent.flush(tally);
            counted += run;
            int start = position;
            for (int n = 0; n < run; n++) {
                int newline = indexOf(b, start, limit);
                assertTrue(newline >= 0 && newline - start <= LineScanner.MAX_LINE_BYTES, "counted at " + start);
                int end = newline > start && b[newline - 1] == '\r' ? newline - 1 : newline;
                String text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
                assertEquals(LinePrefilter.Verdict.OTHER_EVENT, prefilter.classify(b, start, end), text);
                expected.merge(new String(b, prefilter.nameStart(), prefilter.nameEnd() - prefilter.nameStart(),
                        StandardCharsets.ISO_8859_1), 1L, Long::sum);
                if (n == cutLines) {
                    assertEquals(start, cutTo, "a cut run stops where the whole one goes on");
                    assertTrue(cutUndecided && newline >= cut, "stopped before the cut: " + text);
                }
                start = newline + 1;
                lines++;
            }
            assertEquals(start, to);
            assertTrue(cutLines <= run, "the cut run counted more");
            position = to;
            if (position >= limit) {
                break;
            }
            // the line the run stopped at: one at a time, as the classifier then reads it
            int newline = indexOf(b, position, limit);
            int lineEnd = newline < 0 ? limit : newline;
            int end = lineEnd > position && b[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            String text = new String(b, position, end - position, StandardCharsets.ISO_8859_1);
            if (!recent.runUndecided()) {
                assertEquals(-1, recent.matchAhead(b, position, limit, false), text);
                assertEquals(-1, recent.matchAhead(b, position, limit, true), text);
            }
            if (cutLines == run) {
                assertEquals(to, cutTo, text);
                assertTrue(cutUndecided || !recent.runUndecided(), "decided only when cut: " + text);
            }
            boolean kept = end - position <= LineScanner.MAX_LINE_BYTES;
            assertFalse(kept && newline >= 0 && recent.match(b, position, end) >= 0, "not counted: " + text);
            if (kept) {
                LinePrefilter.Verdict verdict = prefilter.classify(b, position, end);
                if (verdict == LinePrefilter.Verdict.OTHER_EVENT) {
                    tally.add(b, prefilter.nameStart(), prefilter.nameEnd());
                    expected.merge(new String(b, prefilter.nameStart(), prefilter.nameEnd() - prefilter.nameStart(),
                            StandardCharsets.ISO_8859_1), 1L, Long::sum);
                    recent.learn(b, position, prefilter.nameStart(), prefilter.nameEnd(), tally);
                }
            }
            lines++;
            position = newline < 0 ? limit : newline + 1;
        }
        recent.flush(tally);
        assertEquals(new java.util.TreeMap<>(expected), tally.snapshot());
        return new long[] {counted, lines};
    }

    /**
     * The line, or a variant of it: damaged near its stamp or name, with a fraction of other than six digits, with a tail of 0 to 20 bytes (some
     * that look like an LF to a careless word test), a CR LF line end, cut shorter than a word, or too long.
     */
    private static byte[] variant(String line, SplittableRandom random) {
        StringBuilder text = new StringBuilder(line);
        int kind = random.nextInt(10);
        if (kind == 0 && text.length() > 0) {
            text.setCharAt(random.nextInt(Math.min(48, text.length())), ":. @_a0\t\0x-\r\n".charAt(random.nextInt(13)));
        } else if (kind == 1) {
            int space = text.indexOf(" ");
            if (space > 0) {
                text.setLength(space);
            }
            int tail = random.nextInt(21);
            if (tail > 0) {
                text.append(' ');
            }
            for (int i = 1; i < tail; i++) {
                text.append("x\u000b\u008a\u008b\u0080\u0000\t\ra5".charAt(random.nextInt(10)));
            }
        } else if (kind == 2) {
            text.setLength(Math.min(text.length(), random.nextInt(9)));
        } else if (kind == 4) {
            // a fraction of other than six digits, which the run reads a byte at a time
            int dot = text.indexOf(".");
            int colon = text.indexOf(":");
            if (dot > 0 && colon > dot) {
                text.replace(dot + 1, colon, List.of("", "5", "59838", "5983861", "59838612", "5983a6").get(random.nextInt(6)));
            }
        } else if (kind == 3 && random.nextInt(50) == 0) {
            text.append(' ').append("a".repeat(LineScanner.MAX_LINE_BYTES));
        }
        String ending = random.nextInt(4) == 0 ? "\r\n" : "\n";
        return (text + ending).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
