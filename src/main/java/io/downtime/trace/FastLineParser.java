package io.downtime.trace;

import io.downtime.model.EventKind;
import io.downtime.model.MigrationStep;

/**
 * Reads the usual shape of every understood trace event straight from the line's bytes, as
 * {@code TraceLine.g4} defines it: one space between the words, printable ASCII names, numbers that
 * fit. Whatever it is not sure of (a tab, two spaces, a byte that is not printable ASCII, a number of
 * 19 digits, a name it has no shape for) it leaves to the grammar by answering false, so the grammar
 * stays the authority on every line that is not plainly well-formed, and says every diagnostic.
 * {@code FastLineParserAgreementTest} and the reader's fuzz target check that whenever it answers,
 * the grammar reads the same event.
 *
 * <p>The stamp is read by {@link FastStampReader}. Understood event names come from the grammar
 * ({@link UnderstoodNames}); the shapes of their arguments are written here, one per event, after the
 * grammar's rules.
 */
final class FastLineParser extends ByteCursor {
    /**
     * How many bytes past a line's end byte the reading may look at. A line is read in place when its array
     * holds a line end ('\n' or '\r') at the line's end and this many bytes after it, else from a copy so
     * followed. That line end stops every scan (of digits, of a name) at the line's end without a test of
     * the position, and no literal holds it, so a literal found lies within the line; the bytes after it
     * are read only to be masked out.
     */
    static final int PADDING = WordText.MAX_LENGTH;

    /** The kind of each understood name, by its index in {@link UnderstoodNames#names()}. */
    private static final EventKind[] KINDS = UnderstoodNames.names().stream().map(EventKind::ofLabel).toArray(EventKind[]::new);
    /** Whether the name of that index is a step's, which has no arguments (an array: EnumSet.contains is a call). */
    private static final boolean[] STEPS = steps();

    private static final long EQUALS_SIGNS = 0x3D3D3D3D3D3D3D3DL;
    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};
    private static final WordText NOTHING = new WordText("");
    private static final WordText TYPE_ITERABLE = new WordText("type=iterable idstr=");
    private static final WordText TYPE_NON_ITERABLE = new WordText("type=non-iterable idstr=");
    private static final WordText INSTANCE_ID_EQ = new WordText(" instance_id=");
    private static final WordText INSTANCE_ID = new WordText("instance_id=");
    private static final WordText DOWNTIME_EQ = new WordText(" downtime=");
    private static final WordText NEW_STATE = new WordText("new state ");
    private static final WordText ABORT_LIMIT = new WordText("switchover abort limit=");
    private static final WordText SOURCE_DOWNTIME = new WordText(", source downtime=");
    private static final WordText DESTINATION_DOWNTIME = new WordText(", destination downtime=");
    private static final WordText TRANSFERRED = new WordText("transferred ");
    private static final WordText TIME_SPENT = new WordText(" time_spent ");
    private static final WordText BANDWIDTH = new WordText(" bandwidth ");
    private static final WordText SWITCHOVER_BW = new WordText(" switchover_bw ");
    private static final WordText MAX_SIZE = new WordText(" max_size ");
    private static final WordText ESTIMATE_PENDING = new WordText("estimate pending size ");
    private static final WordText EXACT_PENDING = new WordText("exact pending size ");
    private static final WordText PRE = new WordText(" (pre = ");
    private static final WordText POST = new WordText(" post=");
    private static final WordText SECTION_ID = new WordText(", section_id ");
    private static final WordText ARROW = new WordText(" -> ");
    private static final WordText COM_EQ = new WordText("com=");
    private static final WordText LEN_EQ = new WordText(" len=");

    private final NameCache names = new NameCache();
    private final FastStampReader stamps = new FastStampReader();
    /** A line too near its array's end to be read in place, followed by a line end and {@link #PADDING} bytes. */
    private byte[] copy = new byte[256];
    /** Whether the last {@link #word()} holds an '='. */
    private boolean wordHasEquals;

    /**
     * Reads {@code [start, end)} of {@code bytes} into {@code line}; false when the line is not of a
     * shape this parser is sure of (the grammar must read it then), and {@code line} is then undefined.
     */
    boolean parse(byte[] bytes, int start, int end, FastLine line) {
        if (end + 1 + PADDING > bytes.length || bytes[end] != '\n' && bytes[end] != '\r') {
            return parseCopy(bytes, start, end, line);
        }
        int name = stamps.read(bytes, start, end, line);
        if (name < 0) {
            return false;
        }
        int index = UnderstoodNames.nameAt(bytes, name, end);
        if (index < 0) {
            return false;
        }
        at(bytes, name + UnderstoodNames.length(index), end);
        EventKind kind = KINDS[index];
        line.kind = kind;
        line.text = null;
        line.flag = false;
        if (STEPS[index]) {
            return lineEnd();
        }
        if (p == end) {
            return false;
        }
        p++;
        return arguments(kind, line);
    }

    /** The line copied where it is followed by a line end and {@link #PADDING} bytes, and read there. */
    private boolean parseCopy(byte[] bytes, int start, int end, FastLine line) {
        int length = end - start;
        if (copy.length < length + 1 + PADDING) {
            copy = new byte[Math.max(copy.length * 2, length + 1 + PADDING)];
        }
        System.arraycopy(bytes, start, copy, 0, length);
        copy[length] = '\n';
        return parse(copy, 0, length, line);
    }

    /** The arguments after the name and its space, as the grammar's {@code understoodEvent} alternative for it. */
    private boolean arguments(EventKind kind, FastLine line) {
        long[] v = line.values;
        switch (kind) {
            case DEVICE_SAVE, DEVICE_LOAD -> {
                if (TYPE_NON_ITERABLE.at(b, p)) {
                    p += TYPE_NON_ITERABLE.length;
                } else if (TYPE_ITERABLE.at(b, p)) {
                    p += TYPE_ITERABLE.length;
                    line.flag = true;
                } else {
                    return false;
                }
                int idStart = p;
                if (!word() || p == end || wordHasEquals && holdsInstanceId(idStart, p)) {
                    return false;
                }
                line.text = names.name(b, idStart, p);
                return number(INSTANCE_ID_EQ, v, 0) && number(DOWNTIME_EQ, v, 1) && lineEnd();
            }
            case CHECKPOINT, COMMAND_RECEIVED, STATE_CHANGE -> {
                if (kind == EventKind.STATE_CHANGE && !text(NEW_STATE) || kind == EventKind.COMMAND_RECEIVED && !text(COM_EQ)) {
                    return false;
                }
                int nameStart = p;
                if (!word()) {
                    return false;
                }
                line.text = names.name(b, nameStart, p);
                return kind != EventKind.COMMAND_RECEIVED ? lineEnd() : number(LEN_EQ, v, 0) && lineEnd();
            }
            case DOWNTIME_SENT, DOWNTIME_RECEIVED -> {
                return number(ABORT_LIMIT, v, 0) && number(SOURCE_DOWNTIME, v, 1) && lineEnd();
            }
            case DESTINATION_ABORT -> {
                return number(ABORT_LIMIT, v, 0) && number(DESTINATION_DOWNTIME, v, 1) && number(SOURCE_DOWNTIME, v, 2)
                        && lineEnd();
            }
            case BANDWIDTH_ESTIMATE -> {
                if (!(number(TRANSFERRED, v, 0) && number(TIME_SPENT, v, 1) && number(BANDWIDTH, v, 2))) {
                    return false;
                }
                if (text(SWITCHOVER_BW)) {
                    line.flag = true;
                    if (!number(NOTHING, v, 3)) {
                        return false;
                    }
                }
                return number(MAX_SIZE, v, 4) && lineEnd();
            }
            case PENDING_ESTIMATE, PENDING_EXACT -> {
                if (!(number(kind == EventKind.PENDING_EXACT ? EXACT_PENDING : ESTIMATE_PENDING, v, 0) && number(PRE, v, 1)
                        && number(POST, v, 2)) || b[p] != ')') {
                    return false;
                }
                p++;
                return lineEnd();
            }
            case SWITCHOVER_DECISION, SECTION_READ, SECTION_LOAD_PART_END, SECTION_COMMAND_LOADED, LOADVM_FINISHED -> {
                return number(NOTHING, v, 0) && lineEnd();
            }
            case SECTION_SAVE_START, SECTION_SAVE_END -> {
                // the id string runs to a comma, a space or a byte that is not printable ASCII
                int idStart = p;
                long stop;
                for (long word = ByteWords.at(b, p); (stop = ByteWords.unprintable(word) | ByteWords.equal(word, COMMAS)) == 0;
                        word = ByteWords.at(b, p)) {
                    p += Long.BYTES;
                }
                p += ByteWords.firstFlagged(stop);
                if (p == idStart) {
                    return false;
                }
                line.text = names.name(b, idStart, p);
                if (!number(SECTION_ID, v, 0)) {
                    return false;
                }
                return kind == EventKind.SECTION_SAVE_START ? lineEnd() : number(ARROW, v, 1) && lineEnd();
            }
            case SECTION_LOAD_START -> {
                if (!number(NOTHING, v, 0) || b[p] != '(') {
                    return false;
                }
                int idStart = ++p;
                while (p < end && b[p] > ' ' && b[p] < 0x7f && b[p] != '(' && b[p] != ')') {
                    p++;
                }
                if (p == idStart) {
                    return false;
                }
                line.text = names.name(b, idStart, p);
                return byteIs(')') && byteIs(' ') && number(NOTHING, v, 1) && byteIs(' ') && number(NOTHING, v, 2) && lineEnd();
            }
            default -> {
                return false;
            }
        }
    }

    /** The end of the line, after at most one space (the grammar's {@code SP? EOF}). */
    private boolean lineEnd() {
        return lineEnd(b, p, end);
    }

    /** As {@link #lineEnd()}: static, with its arguments, it is small enough for C1 to inline. */
    private static boolean lineEnd(byte[] b, int p, int end) {
        return p == end || p + 1 == end && b[p] == ' ';
    }

    /** Moves past {@code text} when the line holds it here. */
    private boolean text(WordText text) {
        if (!text.at(b, p)) {
            return false;
        }
        p += text.length;
        return true;
    }

    /**
     * A name as the grammar's {@code word}: printable ASCII up to a space or the line end, eight bytes at
     * a time; notes in {@link #wordHasEquals} whether it holds an '='.
     */
    private boolean word() {
        int start = p;
        long equals = 0;
        long stop;
        for (long word = ByteWords.at(b, p); (stop = ByteWords.unprintable(word)) == 0; word = ByteWords.at(b, p)) {
            equals |= ByteWords.equal(word, EQUALS_SIGNS);
            p += Long.BYTES;
        }
        equals |= ByteWords.before(ByteWords.equal(ByteWords.at(b, p), EQUALS_SIGNS), stop);
        p += ByteWords.firstFlagged(stop);
        wordHasEquals = equals != 0;
        return p > start && (p == end || b[p] == ' ');
    }

    /**
     * Whether {@code instance_id=} occurs in {@code [from, to)}: the lexer reads it as a token of its own
     * wherever it begins, and an idstr cannot hold that token.
     */
    private boolean holdsInstanceId(int from, int to) {
        for (int i = to - 1; i >= from + INSTANCE_ID.length - 1; i--) {
            if (b[i] == '=' && INSTANCE_ID.at(b, i - INSTANCE_ID.length + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code before}, then the grammar's {@code number} (an optional minus, digits), at most 18 digits, into
     * {@code values[index]}, eight digits at a time. What follows the digits is the caller's to check: in
     * every shape it is a literal or the line's end, neither of which a name's byte passes (the grammar
     * would read {@code 12ab} as no number).
     */
    private boolean number(WordText before, long[] values, int index) {
        int at = p;
        // before.at(b, at), written out (a call to it costs more than the comparison)
        int length = before.length;
        long diff = (ByteWords.at(b, at) ^ before.word0) & before.mask0;
        if (length > Long.BYTES) {
            diff |= (ByteWords.at(b, at + 8) ^ before.word1) & before.mask1;
            if (length > 2 * Long.BYTES) {
                diff |= (ByteWords.at(b, at + 16) ^ before.word2) & before.mask2 | (ByteWords.at(b, at + 24) ^ before.word3) & before.mask3;
            }
        }
        if (diff != 0) {
            return false;
        }
        at += length;
        long word = ByteWords.at(b, at);
        boolean negative = (word & 0xFF) == '-';
        if (negative) {
            word = ByteWords.at(b, ++at);
        }
        long flags = ByteWords.nonDigits(word);
        long value;
        if (flags != 0) {
            int count = ByteWords.firstFlagged(flags);
            if (count == 0) {
                return false;
            }
            value = ByteWords.eightDigits(word << 8 * (8 - count));
            at += count;
        } else {
            value = ByteWords.eightDigits(word);
            at += Long.BYTES;
            word = ByteWords.at(b, at);
            flags = ByteWords.nonDigits(word);
            int count = ByteWords.firstFlagged(flags);
            if (flags == 0) {
                value = value * 100_000_000L + ByteWords.eightDigits(word);
                at += Long.BYTES;
                word = ByteWords.at(b, at);
                flags = ByteWords.nonDigits(word);
                count = ByteWords.firstFlagged(flags);
                if (flags == 0 || count > 2) {
                    return false; // over 18 digits
                }
            }
            if (count > 0) {
                value = value * POWERS_OF_TEN[count] + ByteWords.eightDigits(word << 8 * (8 - count));
                at += count;
            }
        }
        values[index] = negative ? -value : value;
        p = at;
        return true;
    }

    private static boolean[] steps() {
        boolean[] steps = new boolean[KINDS.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = MigrationStep.KINDS.contains(KINDS[i]);
        }
        return steps;
    }
}
