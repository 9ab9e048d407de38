package io.downtime.trace;

import io.downtime.grammar.TraceLineParser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.nio.charset.StandardCharsets;
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
    private static final int BY_HEAD_SIZE = Integer.highestOneBit(Math.max(1, NAMES.size())) * 4;
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
     * space or at {@code end}, or -1: found by the name's first eight bytes, without scanning the name.
     */
    static int nameAt(byte[] b, int from, int end) {
        if (end - from < Long.BYTES) {
            return -1;
        }
        long head = ByteText.head(b, from);
        for (int slot = slotOf(head); BY_HEAD[slot] != 0; slot = (slot + 1) & (BY_HEAD.length - 1)) {
            ByteText name = TEXTS[BY_HEAD[slot] - 1];
            int nameEnd = from + name.length;
            if (name.head() == head && nameEnd <= end && (nameEnd == end || b[nameEnd] == ' ') && name.at(b, from)) {
                return BY_HEAD[slot] - 1;
            }
        }
        return -1;
    }

    /** Open addressing by the hash of the first eight bytes: 1 + the name's index, 0 for none. */
    private static final int[] BY_HEAD = byHead();

    private static int[] byHead() {
        int[] table = new int[BY_HEAD_SIZE];
        for (int i = 0; i < TEXTS.length; i++) {
            int slot = slotOf(TEXTS[i].head());
            while (table[slot] != 0) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = i + 1;
        }
        return table;
    }

    private static int slotOf(long head) {
        return (int) ((head * 0x9E3779B97F4A7C15L) >>> 32) & (BY_HEAD_SIZE - 1);
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
