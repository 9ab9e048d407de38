package io.downtime.trace;

import io.downtime.grammar.TraceLineParser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The names of the trace events this tool understands, as {@code TraceLine.g4} defines them: the
 * literals of the tokens an {@code understoodEvent} can start with. The build reads them from the ATN
 * ANTLR's tool makes of the grammar ({@code src/build/UnderstoodNamesSource.java}, which writes
 * {@link GrammarUnderstoodNames}); {@code UnderstoodNamesTest} checks them against the generated parser's
 * ATN. The byte-level fast path takes its names from here, so that a new event in the grammar reaches it
 * without a second list to keep in step; and a start reads no part of the parser unless a line needs the
 * grammar (docs/performance.md, "Start-up, stop 25").
 */
final class UnderstoodNames {
    private static final List<String> NAMES = load();
    private static final ByteText[] TEXTS = NAMES.stream().map(ByteText::new).toArray(ByteText[]::new);
    /** By length: the indexes of the names of that length. */
    private static final int[][] BY_LENGTH = byLength();

    private UnderstoodNames() {
    }

    /** Every understood event name, in the grammar's token order. */
    static List<String> names() {
        return NAMES;
    }

    /** The names as ASCII bytes. */
    static byte[][] bytes() {
        byte[][] bytes = new byte[NAMES.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = NAMES.get(i).getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    /**
     * The index in {@link #names()} of the understood name that starts at {@code from} and ends at a
     * space or at {@code end}, or -1. The line ends at {@code end}, and {@code b} holds a byte there: every
     * read is within the line. The candidate comes from the name's first word and the word at
     * {@link #KEY_OFFSET}, without scanning the name for its end; it is then compared word by word.
     */
    static int nameAt(byte[] b, int from, int end) {
        if (end - from < SHORTEST) {
            return -1;
        }
        long first = ByteWords.at(b, from);
        long key = ByteWords.at(b, from + KEY_OFFSET);
        for (int slot = slotOf(first, key); BY_KEY[slot] != 0; slot = (slot + 1) & (BY_KEY.length - 1)) {
            int index = BY_KEY[slot] - 1;
            long[] words = WORDS[index];
            int nameEnd = from + LENGTHS[index];
            if (words[0] != first || nameEnd > end || nameEnd != end && b[nameEnd] != ' ') {
                continue;
            }
            int last = words.length - 1;
            boolean same = ByteWords.at(b, nameEnd - Long.BYTES) == words[last];
            for (int i = 1; i < last && same; i++) {
                same = ByteWords.at(b, from + i * Long.BYTES) == words[i];
            }
            if (same) {
                return index;
            }
        }
        return -1;
    }

    /** The length of the shortest name (eight bytes or more, as {@link #nameAt} reads a name's first word whole). */
    private static final int SHORTEST = shortest();
    /** Where the second word {@link #nameAt} looks names up by starts: where the names' pairs of words differ most. */
    private static final int KEY_OFFSET = keyOffset();
    private static final int[] LENGTHS = NAMES.stream().mapToInt(String::length).toArray();

    /** The length in bytes of the name of that index in {@link #names()}: small enough for C1 to inline where the fast path reads a line. */
    static int length(int index) {
        return LENGTHS[index];
    }
    /** Each name's words at 0, 8, 16 ..., and its last eight bytes. */
    private static final long[][] WORDS = Arrays.stream(TEXTS).map(ByteText::words).toArray(long[][]::new);
    private static final int BY_KEY_SIZE = Integer.highestOneBit(Math.max(1, NAMES.size())) * 4;
    /** Open addressing by the first word and the word at {@link #KEY_OFFSET}: 1 + the name's index, 0 for none. */
    private static final int[] BY_KEY = byKey();

    private static int shortest() {
        int shortest = NAMES.stream().mapToInt(String::length).min().orElse(Long.BYTES);
        if (shortest < Long.BYTES) {
            throw new IllegalStateException("an understood event name of fewer than eight bytes: " + NAMES);
        }
        return shortest;
    }

    private static int keyOffset() {
        int best = 0;
        long bestDistinct = -1;
        byte[][] names = bytes();
        for (int offset = 0; offset + Long.BYTES <= SHORTEST; offset++) {
            int at = offset;
            long distinct = Arrays.stream(names).map(name -> List.of(ByteWords.at(name, 0), ByteWords.at(name, at))).distinct().count();
            if (distinct > bestDistinct) {
                best = offset;
                bestDistinct = distinct;
            }
        }
        return best;
    }

    private static int[] byKey() {
        byte[][] names = bytes();
        int[] table = new int[BY_KEY_SIZE];
        for (int i = 0; i < names.length; i++) {
            int slot = slotOf(ByteWords.at(names[i], 0), ByteWords.at(names[i], KEY_OFFSET));
            while (table[slot] != 0) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = i + 1;
        }
        return table;
    }

    private static int slotOf(long first, long key) {
        return (int) (((first * 0x9E3779B97F4A7C15L ^ key) * 0xC2B2AE3D27D4EB4FL) >>> 40) & (BY_KEY_SIZE - 1);
    }

    /** The index in {@link #names()} of the name that {@code [from, to)} of {@code b} is, or -1. */
    static int indexOf(byte[] b, int from, int to) {
        int length = to - from;
        if (length >= BY_LENGTH.length) {
            return -1;
        }
        for (int i : BY_LENGTH[length]) {
            if (TEXTS[i].at(b, from)) {
                return i;
            }
        }
        return -1;
    }

    private static int[][] byLength() {
        int longest = NAMES.stream().mapToInt(String::length).max().orElse(0);
        int[][] table = new int[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            table[length] = java.util.stream.IntStream.range(0, NAMES.size()).filter(i -> NAMES.get(i).length() == l).toArray();
        }
        return table;
    }

    /** Whether token {@code type} is an understood event's name. */
    static boolean isName(int type) {
        return First.TYPES.contains(type);
    }

    /** The token types, from the parser's ATN: only the grammar's path asks, and it has loaded the parser. */
    private static final class First {
        static final IntervalSet TYPES = firstTokens();

        private static IntervalSet firstTokens() {
            ATN atn = TraceLineParser._ATN;
            return atn.nextTokens(atn.ruleToStartState[TraceLineParser.RULE_understoodEvent]);
        }
    }

    private static List<String> load() {
        return GrammarUnderstoodNames.NAMES;
    }
}
