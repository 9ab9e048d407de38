package io.downtime.trace;

import io.downtime.model.LineRef;
import io.downtime.model.OtherEvent;
import io.downtime.model.TraceEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link FastLineParser} reads a line where it lies when its array holds the line's end byte and
 * {@link FastLineParser#PADDING} bytes after it, reading eight bytes at a time past the line's end; and a
 * line held otherwise from a copy. What lies after the line must never change what is read: each line is
 * read in place at every alignment to a word, followed by CR LF or LF and bytes that would continue a
 * number, a name or a literal (the line again, digits, spaces, bytes that are not ASCII), and must read as
 * from the copy. The numbers of the understood lines are then given every length from 1 to 20 digits
 * (the 18-digit limit, the word boundaries at 8 and 16), signs, and bytes that end a word early (CR, a
 * control character, a byte that is not ASCII), each checked against the grammar.
 */
class FastLineParserInPlaceTest {
    private static final LineRef WHERE = new LineRef("in place", 3);
    private static final Pattern NUMBER = Pattern.compile("(?<=[ =(])-?[0-9]+(?=[ ,()]|$)");
    private static final List<String> ODD_BYTES = List.of("\r", "\u0001", "\u00e9", "\u0080", "\u00ff", "=", ",", "(", ")", "a");

    private final FastLineParser fast = new FastLineParser();
    private final FastLine line = new FastLine();
    private final LineParser grammar = new LineParser();

    @Test
    void whatFollowsALineNeverChangesItsReading() {
        Random random = new Random(2025);
        int readInPlace = 0;
        for (String text : understoodShapes()) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            TraceEvent copied = read(bytes, 0, bytes.length);
            for (int offset = 0; offset < 8; offset++) {
                for (byte[] after : followers(bytes, random)) {
                    for (String lineEnd : List.of("\n", "\r\n")) {
                        byte[] held = new byte[offset + bytes.length + lineEnd.length() + after.length];
                        Arrays.fill(held, 0, offset, (byte) '7');
                        System.arraycopy(bytes, 0, held, offset, bytes.length);
                        System.arraycopy(lineEnd.getBytes(StandardCharsets.US_ASCII), 0, held, offset + bytes.length, lineEnd.length());
                        System.arraycopy(after, 0, held, offset + bytes.length + lineEnd.length(), after.length);
                        TraceEvent inPlace = read(held, offset, offset + bytes.length);
                        assertEquals(copied, inPlace, () -> "in place, followed by " + new String(after, StandardCharsets.ISO_8859_1) + ": " + text);
                        readInPlace += inPlace != null && held.length >= offset + bytes.length + 1 + FastLineParser.PADDING ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(readInPlace > 10_000, readInPlace + " lines read in place");
    }

    @Test
    void numbersOfEveryLengthReadAsTheGrammarReadsThem() {
        int read = 0;
        int refused = 0;
        for (String text : understoodShapes()) {
            Matcher numbers = NUMBER.matcher(text);
            while (numbers.find()) {
                for (String number : numbersOfEveryLength()) {
                    String changed = text.substring(0, numbers.start()) + number + text.substring(numbers.end());
                    boolean fastRead = check(changed);
                    read += fastRead ? 1 : 0;
                    // 19 digits and more are the grammar's (they may not fit a long)
                    refused += !fastRead && number.replace("-", "").length() > 18 ? 1 : 0;
                }
                for (String odd : ODD_BYTES) {
                    check(text.substring(0, numbers.end()) + odd + text.substring(numbers.end()));
                    check(text.substring(0, numbers.start()) + odd + text.substring(numbers.start()));
                }
            }
        }
        assertTrue(read > 1_000 && refused > 100, read + " read, " + refused + " of 19 digits or more refused");
    }

    @Test
    void namesEndingAnywhereInAWordReadAsTheGrammarReadsThem() {
        // the device's idstr, a checkpoint's name, a section's idstr: every length across two words, and a
        // byte that ends the name early (or must not) at every place in it
        List<String> shapes = List.of("vmstate_downtime_save type=non-iterable idstr=%s instance_id=0 downtime=21",
                "vmstate_downtime_checkpoint %s", "savevm_section_end %s, section_id 2 -> 0",
                "savevm_section_start %s, section_id 2", "migrate_set_state new state %s");
        int read = 0;
        for (String stamp : LineCorpus.STAMPS) {
            for (String shape : shapes) {
                for (int length = 1; length <= 26; length++) {
                    String name = "abcdefghijklmnopqrstuvwxyz".substring(0, length);
                    read += check(stamp + String.format(shape, name)) ? 1 : 0;
                    for (int at = 0; at <= length; at++) {
                        for (String odd : ODD_BYTES) {
                            check(stamp + String.format(shape, name.substring(0, at) + odd + name.substring(at)));
                        }
                        check(stamp + String.format(shape, name.substring(0, at) + "instance_id=" + name.substring(at)));
                    }
                }
            }
        }
        assertTrue(read == LineCorpus.STAMPS.size() * shapes.size() * 26, read + " plain names read");
    }

    /** True when the shortcut read the line (from a copy); then the grammar read the same. */
    private boolean check(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TraceEvent event = read(bytes, 0, bytes.length);
        if (event == null) {
            return false;
        }
        ParseOutcome outcome = grammar.parse(text, WHERE);
        ParseOutcome.Parsed parsed = assertInstanceOf(ParseOutcome.Parsed.class, outcome,
                () -> "the shortcut reads " + event + " where the grammar says " + outcome + ": " + text);
        assertEquals(parsed.event(), event, text);
        return true;
    }

    private TraceEvent read(byte[] bytes, int start, int end) {
        return fast.parse(bytes, start, end, line) ? line.event(WHERE) : null;
    }

    /** One line of each shape of the samples' understood events (in every form), and their damaged variants. */
    private List<String> understoodShapes() {
        Set<String> shapes = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        List<String> real = LineCorpus.real();
        for (String text : real) {
            ParseOutcome outcome = grammar.parse(text, WHERE);
            if (outcome instanceof ParseOutcome.Parsed parsed && !(parsed.event() instanceof OtherEvent)
                    && shapes.add(text.replaceAll("[0-9]", "0"))) {
                lines.add(text);
            }
        }
        lines.addAll(LineCorpus.damaged(lines, 31));
        return lines;
    }

    /** What may follow a line's end in the reader's buffer. */
    private static List<byte[]> followers(byte[] line, Random random) {
        byte[] digits = new byte[FastLineParser.PADDING + 8];
        Arrays.fill(digits, (byte) '9');
        byte[] spaces = new byte[FastLineParser.PADDING + 8];
        Arrays.fill(spaces, (byte) ' ');
        byte[] noise = new byte[FastLineParser.PADDING + 8];
        random.nextBytes(noise);
        // exactly the padding the parser needs to read in place, and one byte short of it (read from a copy)
        return List.of(line, digits, spaces, noise, Arrays.copyOf(digits, FastLineParser.PADDING),
                Arrays.copyOf(digits, FastLineParser.PADDING - 1), new byte[0]);
    }

    private static List<String> numbersOfEveryLength() {
        List<String> numbers = new ArrayList<>();
        for (int length = 1; length <= 20; length++) {
            numbers.add("9".repeat(length));
            numbers.add("1" + "0".repeat(length - 1));
            numbers.add("-" + "8".repeat(length));
        }
        numbers.addAll(List.of("0", "-0", "00", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                "123456789012345678", "999999999999999999", "1000000000000000000"));
        return numbers;
    }
}
