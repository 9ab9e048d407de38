package io.downtime.trace;

import io.downtime.grammar.TraceLineLexer;
import io.downtime.grammar.TraceLineParser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The names of the trace events this tool understands, as {@code TraceLine.g4} defines them: the
 * literals of the tokens an {@code understoodEvent} can start with, read from the generated parser's
 * ATN and the lexer's vocabulary. The byte-level fast path takes its names from here, so that a new
 * event in the grammar reaches it without a second list to keep in step.
 */
final class UnderstoodNames {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final List<String> NAMES = load();
    private static final byte[][] BYTES = bytes();
    /** By length: the indexes of the names of that length. */
    private static final int[][] BY_LENGTH = byLength();
    /** Each name's first and last eight bytes, compared before the rest (every understood name is longer). */
    private static final long[] HEADS = new long[BYTES.length];
    private static final long[] TAILS = new long[BYTES.length];

    static {
        for (int i = 0; i < BYTES.length; i++) {
            if (BYTES[i].length < Long.BYTES) {
                throw new IllegalStateException("an understood event name of fewer than 8 characters: " + NAMES.get(i));
            }
            HEADS[i] = (long) LONGS.get(BYTES[i], 0);
            TAILS[i] = (long) LONGS.get(BYTES[i], BYTES[i].length - Long.BYTES);
        }
    }

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

    /** The index in {@link #names()} of the name that {@code [from, to)} of {@code b} is, or -1. */
    static int indexOf(byte[] b, int from, int to) {
        int length = to - from;
        if (length >= BY_LENGTH.length || length < Long.BYTES) {
            return -1;
        }
        long head = (long) LONGS.get(b, from);
        long tail = (long) LONGS.get(b, to - Long.BYTES);
        for (int i : BY_LENGTH[length]) {
            if (HEADS[i] == head && TAILS[i] == tail
                    && (length <= 2 * Long.BYTES || Arrays.equals(BYTES[i], 0, length, b, from, to))) {
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
        return FIRST.contains(type);
    }

    private static final IntervalSet FIRST = firstTokens();

    private static IntervalSet firstTokens() {
        ATN atn = TraceLineParser._ATN;
        return atn.nextTokens(atn.ruleToStartState[TraceLineParser.RULE_understoodEvent]);
    }

    private static List<String> load() {
        List<String> names = new ArrayList<>();
        for (int type : firstTokens().toList()) {
            String literal = TraceLineLexer.VOCABULARY.getLiteralName(type);
            if (literal == null || literal.length() < 3) {
                throw new IllegalStateException("an understood event starts with token " + type + ", which is no literal");
            }
            names.add(literal.substring(1, literal.length() - 1));
        }
        return List.copyOf(names);
    }
}
