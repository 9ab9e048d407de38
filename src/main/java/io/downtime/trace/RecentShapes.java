package io.downtime.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Recognises, faster than {@link LinePrefilter}, the commonest line of a trace: an other event whose
 * stamp starts as the last such line's did ({@code TID@SECONDS.}, the same thread within the same
 * second) and whose name is one of the last few other events' names. Such a line is exactly what
 * {@link LinePrefilter#classify} would call an other event of that name: the stamp's start is bytes it
 * has accepted before, the rest (fraction digits, colon, a known name ending at a space, tab or the
 * line end) is checked here as it checks it. Anything else answers "unknown" and goes on, to the
 * prefilter in the end, which stays the authority ({@code RecentShapesTest} checks the two agree).
 *
 * <p>Almost every line of a real trace passes here, so it is written for speed: the stamp's start and
 * the names are compared eight bytes at a time ({@link ByteText}), and a name is found by its first
 * eight bytes in a small table rather than among all the names kept.
 */
final class RecentShapes {
    private static final int MAX_PREFIX = 48;
    private static final int NAMES = 32;
    /** Slots of the name table, a power of two, twice the names. */
    private static final int SLOTS = 2 * NAMES;
    private static final long SIX_HIGH_HALVES = 0x0000F0F0F0F0F0F0L;
    private static final long SIX_THREES = 0x0000303030303030L;
    private static final long SIX_SIXES = 0x0000060606060606L;
    private static final long SEVENTH_BYTE = 0x00FF000000000000L;
    private static final long COLON_SEVENTH = (long) ':' << 48;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The longest stamp's start {@link #countRun} compares (as three words): a TID of up to 12 digits. */
    private static final int RUN_PREFIX = 24;
    /** The words of a name after its first eight bytes that {@link #countRun} compares: names of up to 72 bytes. */
    private static final int TAIL_WORDS = 8;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    /** The stamp's start ({@code TID@SECONDS.}), or null before the first line learned. */
    private ByteText prefix;

    /** The names kept, with their first eight bytes and their counts. */
    private final ByteText[] names = new ByteText[NAMES];
    private final long[] heads = new long[NAMES];
    private final long[] counts = new long[NAMES];
    private int size;
    private int replace;
    /** Open addressing by the hash of a name's first eight bytes: 1 + the name's index, 0 for none. */
    private final int[] table = new int[SLOTS];
    private int nameEnd;

    /*
     * The same, laid out for countRun, which reads them in one method without a call (C1, the launcher's only
     * compiler, inlines no method over 35 bytes of bytecode): the stamp's start as its words at 0, at 8 (or its
     * last eight bytes) and its last eight bytes, runPrefixLength 0 when there is none or it is longer than
     * RUN_PREFIX; each name's length and its words after the first eight, at 8, 16 ... and one more ending at
     * its end, tailCounts[i] of them from tails[i * TAIL_WORDS], -1 when the name is too long for them.
     */
    private int runPrefixLength;
    private int runPrefixMiddle;
    private long runPrefix0;
    private long runPrefix1;
    private long runPrefix2;
    private final int[] lengths = new int[NAMES];
    private final int[] tailCounts = new int[NAMES];
    private final long[] tails = new long[NAMES * TAIL_WORDS];
    /** What the last countRun found: the lines it counted, and whether it stopped for want of bytes. */
    private int runLines;
    private boolean runUndecided;

    /**
     * The index of the known name the line {@code [start, end)} (without its line end) is an other event of,
     * or -1 when unknown.
     */
    int match(byte[] b, int start, int end) {
        int known = matchAhead(b, start, end, true);
        // a CR or LF after the name is a line end only in the scanner's bytes, not in a line's own
        return known >= 0 && nameEnd < end && b[nameEnd] != ' ' && b[nameEnd] != '\t' ? -1 : known;
    }

    /**
     * The index of the known name the line starting at {@code start} is an other event of, or -1 when unknown,
     * before the line's end is known: {@code b} holds the input up to {@code limit}, where it ends when
     * {@code endOfInput}. The bytes compared are the stamp's start, digits, a colon and the name, none of
     * them a line end, so that a line that is not the shape cannot be taken for it whatever follows it;
     * when the bytes held end before the answer is known, the answer is -1 ("unknown"). On a match,
     * {@link #nameEnd()} is where the name ends: no line end is before it, so the scanner looks for the
     * line's end from there ({@link LineScanner#nextAfter}) rather than read these bytes twice.
     */
    int matchAhead(byte[] b, int start, int limit, boolean endOfInput) {
        ByteText stamp = prefix;
        if (stamp == null || limit - start < stamp.length + 2 + Long.BYTES || !stamp.at(b, start)) {
            return -1;
        }
        int first = start + stamp.length;
        int p;
        if (isMicrosAndColon(ByteText.head(b, first))) {
            // the commonest fraction, six digits, and the colon, in one comparison of eight bytes
            p = first + 6;
        } else {
            p = first;
            while (p < limit && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == first || p >= limit || b[p] != ':') {
                return -1;
            }
        }
        p++;
        if (limit - p < Long.BYTES) {
            return -1;
        }
        long head = ByteText.head(b, p);
        for (int slot = slotOf(head); table[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
            int i = table[slot] - 1;
            if (heads[i] == head) {
                ByteText name = names[i];
                int end = p + name.length;
                if (end <= limit && endsName(b, end, limit, endOfInput) && name.afterHeadAt(b, p)) {
                    nameEnd = end;
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Counts the lines from {@code start} that are each recognised as {@link #matchAhead} does and end, with
     * an LF, before {@code limit}, no longer than {@link LineScanner#MAX_LINE_BYTES}; returns where the first
     * line not counted starts. {@link #runLines()} is how many were counted; {@link #runUndecided()} whether the
     * line it stopped at could still be the shape (the bytes held end too soon to tell, or its stamp's start or
     * its name is too long for this loop): only then is {@link #matchAhead} worth asking about it.
     *
     * <p>This is the loop most lines of a noisy trace take, and each step of a line (the stamp's start, the
     * fraction, the name's table, the name, its end, the line's end) is written out here rather than called:
     * under C1, every call cost more than the step it made.
     */
    int countRun(byte[] b, int start, int limit) {
        int lines = 0;
        int s = start;
        boolean undecided = runPrefixLength == 0 && prefix != null;
        int length = runPrefixLength;
        if (length > 0) {
            long p0 = runPrefix0;
            long p1 = runPrefix1;
            long p2 = runPrefix2;
            int middle = runPrefixMiddle;
            int last = length - Long.BYTES;
            int[] table = this.table;
            long[] heads = this.heads;
            int[] lengths = this.lengths;
            int[] tailCounts = this.tailCounts;
            long[] tails = this.tails;
            long[] counts = this.counts;
            /*
             * The last line's name, when it is 8 to 16 bytes long: its first and its last eight bytes are all of it,
             * so that the next line of the same name (most lines of a run) needs neither the table nor its words.
             */
            int lastKnown = -1;
            long lastHead = 0;
            long lastWord = 0;
            int lastLength = 0;
            while (true) {
                undecided = true;
                if (limit - s < length + 2 + Long.BYTES) {
                    break;
                }
                if ((long) LONGS.get(b, s) != p0 || (long) LONGS.get(b, s + middle) != p1
                        || (long) LONGS.get(b, s + last) != p2) {
                    undecided = false;
                    break;
                }
                int p = s + length;
                long fraction = (long) LONGS.get(b, p);
                // isMicrosAndColon, written out: its 46 bytes of bytecode are too many for C1 to inline
                if ((fraction & SIX_HIGH_HALVES) == SIX_THREES && ((fraction + SIX_SIXES) & SIX_HIGH_HALVES) == SIX_THREES
                        && (fraction & SEVENTH_BYTE) == COLON_SEVENTH) {
                    p += 7;
                } else {
                    int first = p;
                    while (p < limit && b[p] >= '0' && b[p] <= '9') {
                        p++;
                    }
                    if (p >= limit) {
                        break;
                    }
                    if (p == first || b[p] != ':') {
                        undecided = false;
                        break;
                    }
                    p++;
                }
                if (limit - p < Long.BYTES) {
                    break;
                }
                long head = (long) LONGS.get(b, p);
                int known = -1;
                int end = p + lastLength;
                boolean cut = false;
                if (lastKnown >= 0 && head == lastHead && end < limit && (long) LONGS.get(b, end - Long.BYTES) == lastWord
                        && (b[end] == ' ' || b[end] == '\t' || b[end] == '\n')) {
                    known = lastKnown;
                } else {
                    names:
                    for (int slot = slotOf(head); table[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
                        int i = table[slot] - 1;
                        if (heads[i] != head) {
                            continue;
                        }
                        int tail = tailCounts[i];
                        end = p + lengths[i];
                        if (tail < 0 || end >= limit) {
                            cut = true;
                            continue;
                        }
                        byte next = b[end];
                        if (next == '\r') {
                            if (end + 1 >= limit) {
                                cut = true;
                                continue;
                            }
                            if (b[end + 1] != '\n') {
                                continue;
                            }
                        } else if (next != ' ' && next != '\t' && next != '\n') {
                            continue;
                        }
                        int words = i * TAIL_WORDS;
                        for (int w = 0, at = p + Long.BYTES; w < tail; w++, at += Long.BYTES) {
                            if ((long) LONGS.get(b, w == tail - 1 ? end - Long.BYTES : at) != tails[words + w]) {
                                continue names;
                            }
                        }
                        known = i;
                        break;
                    }
                    if (known >= 0 && tailCounts[known] <= 1) {
                        lastKnown = known;
                        lastHead = head;
                        lastLength = end - p;
                        lastWord = (long) LONGS.get(b, end - Long.BYTES);
                    }
                }
                if (known < 0) {
                    undecided = cut;
                    break;
                }
                // the line's end: the first LF from the name's end, two words at a time
                int q = end;
                int newline = -1;
                for (; q + 2 * Long.BYTES <= limit; q += 2 * Long.BYTES) {
                    long x0 = (long) LONGS.get(b, q) ^ NEWLINES;
                    long x1 = (long) LONGS.get(b, q + Long.BYTES) ^ NEWLINES;
                    // fewer steps a word than the exact test: it flags every LF, and otherwise only bytes from 0x80 up
                    if ((((x0 - ONES) | (x1 - ONES)) & HIGHS) != 0) {
                        long m0 = (x0 - ONES) & ~x0 & HIGHS;
                        long m1 = (x1 - ONES) & ~x1 & HIGHS;
                        if ((m0 | m1) != 0) {
                            newline = m0 != 0 ? q + ByteWords.firstFlagged(m0) : q + Long.BYTES + ByteWords.firstFlagged(m1);
                            break;
                        }
                    }
                }
                if (newline < 0) {
                    for (; q < limit; q++) {
                        if (b[q] == '\n') {
                            newline = q;
                            break;
                        }
                    }
                    if (newline < 0) {
                        break;
                    }
                }
                if (newline - s > LineScanner.MAX_LINE_BYTES) {
                    break;
                }
                counts[known]++;
                lines++;
                s = newline + 1;
            }
        }
        runLines = lines;
        runUndecided = undecided;
        return s;
    }

    /** How many lines the last {@link #countRun} counted. */
    int runLines() {
        return runLines;
    }

    /** Whether the line the last {@link #countRun} stopped at may still be the shape ({@link #matchAhead} can tell). */
    boolean runUndecided() {
        return runUndecided;
    }

    /**
     * Whether the eight bytes {@code word} (the first in its lowest byte) are six digits and a colon, then
     * anything: as the byte loop reads a fraction of six digits. A byte is a digit when its high half is 3
     * and stays 3 with 6 added (0x30 to 0x39, not 0x3A to 0x3F); no byte that passes the first test is
     * large enough for the addition to carry into the next.
     */
    static boolean isMicrosAndColon(long word) {
        return (word & SIX_HIGH_HALVES) == SIX_THREES && ((word + SIX_SIXES) & SIX_HIGH_HALVES) == SIX_THREES
                && (word & SEVENTH_BYTE) == COLON_SEVENTH;
    }

    /**
     * Whether a name ends at {@code at}: a space or a tab follows, or the line ends there (LF, CR LF, or the
     * end of the input, with or without a CR before it), as the scanner cuts lines.
     */
    private static boolean endsName(byte[] b, int at, int limit, boolean endOfInput) {
        if (at == limit) {
            return endOfInput;
        }
        byte next = b[at];
        if (next == ' ' || next == '\t' || next == '\n') {
            return true;
        }
        if (next != '\r') {
            return false;
        }
        return at + 1 == limit ? endOfInput : b[at + 1] == '\n';
    }

    /** Where the name of the last line {@link #matchAhead} recognised ends. */
    int nameEnd() {
        return nameEnd;
    }

    /** Counts one more line of the other event {@code index} (from {@link #match}). */
    void count(int index) {
        counts[index]++;
    }

    /**
     * Learns from a line the prefilter called an other event named by {@code [nameStart, nameEnd)}: its
     * stamp's start when the stamp is {@code TID@SECONDS.MICROS:}, and its name.
     */
    void learn(byte[] b, int start, int nameStart, int nameEnd, NameTally tally) {
        int colon = nameStart - 1;
        if (colon <= start || b[colon] != ':') {
            return;
        }
        int dot = colon - 1;
        while (dot > start && b[dot] >= '0' && b[dot] <= '9') {
            dot--;
        }
        int length = dot + 1 - start;
        if (b[dot] != '.' || length > MAX_PREFIX || length < Long.BYTES) {
            return;
        }
        if (prefix == null || prefix.length != length || !prefix.at(b, start)) {
            byte[] bytes = new byte[length];
            System.arraycopy(b, start, bytes, 0, length);
            prefix = new ByteText(bytes);
            boolean fits = length <= RUN_PREFIX;
            runPrefixLength = fits ? length : 0;
            runPrefixMiddle = Math.min(Long.BYTES, length - Long.BYTES);
            runPrefix0 = ByteText.head(bytes, 0);
            runPrefix1 = ByteText.head(bytes, runPrefixMiddle);
            runPrefix2 = ByteText.head(bytes, length - Long.BYTES);
        }
        if (nameEnd - nameStart < Long.BYTES) {
            return;
        }
        long head = ByteText.head(b, nameStart);
        for (int slot = slotOf(head); table[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
            int i = table[slot] - 1;
            if (heads[i] == head && names[i].length == nameEnd - nameStart && names[i].at(b, nameStart)) {
                return;
            }
        }
        byte[] bytes = new byte[nameEnd - nameStart];
        System.arraycopy(b, nameStart, bytes, 0, bytes.length);
        if (size < NAMES) {
            put(size++, new ByteText(bytes), head);
            place(size - 1);
            return;
        }
        int i = replace;
        replace = (replace + 1) % NAMES;
        flush(i, tally);
        put(i, new ByteText(bytes), head);
        java.util.Arrays.fill(table, 0);
        for (int n = 0; n < size; n++) {
            place(n);
        }
    }

    /** Hands the counts kept here to {@code tally}. */
    void flush(NameTally tally) {
        for (int i = 0; i < size; i++) {
            flush(i, tally);
        }
    }

    private void put(int i, ByteText name, long head) {
        names[i] = name;
        heads[i] = head;
        counts[i] = 0;
        lengths[i] = name.length;
        // the words after the first eight, as the name compares them (at 8, 16 ... and its last eight bytes)
        long[] words = name.words();
        int tail = words.length - 1;
        tailCounts[i] = tail <= TAIL_WORDS ? tail : -1;
        System.arraycopy(words, 1, tails, i * TAIL_WORDS, Math.min(tail, TAIL_WORDS));
    }

    private void place(int i) {
        int slot = slotOf(heads[i]);
        while (table[slot] != 0) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        table[slot] = i + 1;
    }

    private static int slotOf(long head) {
        return (int) ((head * 0x9E3779B97F4A7C15L) >>> 58);
    }

    private void flush(int i, NameTally tally) {
        if (counts[i] > 0) {
            byte[] name = names[i].bytes();
            tally.add(name, 0, name.length, counts[i]);
            counts[i] = 0;
        }
    }
}
