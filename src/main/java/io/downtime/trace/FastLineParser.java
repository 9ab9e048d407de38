package io.downtime.trace;

import io.downtime.model.EventKind;
import io.downtime.model.MigrationStep;

import java.util.EnumSet;
import java.util.Set;

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
    /** The kind of each understood name, by its index in {@link UnderstoodNames#names()}. */
    private static final EventKind[] KINDS = UnderstoodNames.names().stream().map(EventKind::ofLabel).toArray(EventKind[]::new);
    private static final int[] KIND_LENGTHS = UnderstoodNames.names().stream().mapToInt(String::length).toArray();

    private static final Set<EventKind> STEPS = EnumSet.copyOf(MigrationStep.KINDS);
    private static final ByteText TYPE_EQ = new ByteText("type=");
    private static final ByteText ITERABLE = new ByteText("iterable idstr=");
    private static final ByteText NON_ITERABLE = new ByteText("non-iterable idstr=");
    private static final ByteText INSTANCE_ID_EQ = new ByteText(" instance_id=");
    private static final ByteText INSTANCE_ID = new ByteText("instance_id=");
    private static final ByteText DOWNTIME_EQ = new ByteText(" downtime=");
    private static final ByteText NEW_STATE = new ByteText("new state ");
    private static final ByteText ABORT_LIMIT = new ByteText("switchover abort limit=");
    private static final ByteText SOURCE_DOWNTIME = new ByteText(", source downtime=");
    private static final ByteText DESTINATION_DOWNTIME = new ByteText(", destination downtime=");
    private static final ByteText TRANSFERRED = new ByteText("transferred ");
    private static final ByteText TIME_SPENT = new ByteText(" time_spent ");
    private static final ByteText BANDWIDTH = new ByteText(" bandwidth ");
    private static final ByteText SWITCHOVER_BW = new ByteText(" switchover_bw ");
    private static final ByteText MAX_SIZE = new ByteText(" max_size ");
    private static final ByteText ESTIMATE_PENDING = new ByteText("estimate pending size ");
    private static final ByteText EXACT_PENDING = new ByteText("exact pending size ");
    private static final ByteText PRE = new ByteText(" (pre = ");
    private static final ByteText POST = new ByteText(" post=");
    private static final ByteText SECTION_ID = new ByteText(", section_id ");
    private static final ByteText ARROW = new ByteText(" -> ");
    private static final ByteText COM_EQ = new ByteText("com=");
    private static final ByteText LEN_EQ = new ByteText(" len=");

    private final NameCache names = new NameCache();
    private final FastStampReader stamps = new FastStampReader();

    /**
     * Reads {@code [start, end)} of {@code bytes} into {@code line}; false when the line is not of a
     * shape this parser is sure of (the grammar must read it then), and {@code line} is then undefined.
     */
    boolean parse(byte[] bytes, int start, int end, FastLine line) {
        int name = stamps.read(bytes, start, end, line);
        if (name < 0) {
            return false;
        }
        at(bytes, name, end);
        return event(line);
    }

    /** The understood event's name, then its arguments. */
    private boolean event(FastLine line) {
        int index = UnderstoodNames.nameAt(b, p, end);
        if (index < 0) {
            return false;
        }
        EventKind kind = KINDS[index];
        p += KIND_LENGTHS[index];
        line.kind = kind;
        line.text = null;
        line.flag = false;
        if (STEPS.contains(kind)) {
            return lineEnd();
        }
        if (p >= end) {
            return false;
        }
        p++;
        return arguments(kind, line);
    }

    /** The arguments after the name and its space, as the grammar's {@code understoodEvent} alternative for it. */
    private boolean arguments(EventKind kind, FastLine line) {
        long[] v = line.values;
        switch (kind) {
            case DEVICE_SAVE, DEVICE_LOAD -> {
                if (!literal(TYPE_EQ)) {
                    return false;
                }
                if (literal(ITERABLE)) {
                    line.flag = true;
                } else if (!literal(NON_ITERABLE)) {
                    return false;
                }
                int idStart = p;
                if (!word() || holdsInstanceId(idStart, p)) {
                    return false;
                }
                line.text = names.name(b, idStart, p);
                return literal(INSTANCE_ID_EQ) && number(v, 0) && literal(DOWNTIME_EQ) && number(v, 1) && lineEnd();
            }
            case CHECKPOINT, COMMAND_RECEIVED, STATE_CHANGE -> {
                if (kind == EventKind.STATE_CHANGE && !literal(NEW_STATE) || kind == EventKind.COMMAND_RECEIVED && !literal(COM_EQ)) {
                    return false;
                }
                int nameStart = p;
                if (!word()) {
                    return false;
                }
                line.text = names.name(b, nameStart, p);
                return kind != EventKind.COMMAND_RECEIVED ? lineEnd() : literal(LEN_EQ) && number(v, 0) && lineEnd();
            }
            case DOWNTIME_SENT, DOWNTIME_RECEIVED -> {
                return literal(ABORT_LIMIT) && number(v, 0) && literal(SOURCE_DOWNTIME) && number(v, 1) && lineEnd();
            }
            case DESTINATION_ABORT -> {
                return literal(ABORT_LIMIT) && number(v, 0) && literal(DESTINATION_DOWNTIME) && number(v, 1)
                        && literal(SOURCE_DOWNTIME) && number(v, 2) && lineEnd();
            }
            case BANDWIDTH_ESTIMATE -> {
                if (!(literal(TRANSFERRED) && number(v, 0) && literal(TIME_SPENT) && number(v, 1) && literal(BANDWIDTH)
                        && number(v, 2))) {
                    return false;
                }
                if (literal(SWITCHOVER_BW)) {
                    line.flag = true;
                    if (!number(v, 3)) {
                        return false;
                    }
                }
                return literal(MAX_SIZE) && number(v, 4) && lineEnd();
            }
            case PENDING_ESTIMATE, PENDING_EXACT -> {
                return literal(kind == EventKind.PENDING_EXACT ? EXACT_PENDING : ESTIMATE_PENDING) && number(v, 0)
                        && literal(PRE) && number(v, 1) && literal(POST) && number(v, 2) && byteIs(')') && lineEnd();
            }
            case SWITCHOVER_DECISION, SECTION_READ, SECTION_LOAD_PART_END, SECTION_COMMAND_LOADED, LOADVM_FINISHED -> {
                return number(v, 0) && lineEnd();
            }
            case SECTION_SAVE_START, SECTION_SAVE_END -> {
                int idStart = p;
                while (p < end && b[p] > ' ' && b[p] < 0x7f && b[p] != ',') {
                    p++;
                }
                if (p == idStart) {
                    return false;
                }
                line.text = names.name(b, idStart, p);
                if (!(literal(SECTION_ID) && number(v, 0))) {
                    return false;
                }
                return kind == EventKind.SECTION_SAVE_START ? lineEnd() : literal(ARROW) && number(v, 1) && lineEnd();
            }
            case SECTION_LOAD_START -> {
                if (!number(v, 0) || !byteIs('(')) {
                    return false;
                }
                int idStart = p;
                while (p < end && b[p] > ' ' && b[p] < 0x7f && b[p] != '(' && b[p] != ')') {
                    p++;
                }
                if (p == idStart) {
                    return false;
                }
                line.text = names.name(b, idStart, p);
                return byteIs(')') && byteIs(' ') && number(v, 1) && byteIs(' ') && number(v, 2) && lineEnd();
            }
            default -> {
                return false;
            }
        }
    }

    /** The end of the line, after at most one space (the grammar's {@code SP? EOF}). */
    private boolean lineEnd() {
        return p == end || (p + 1 == end && b[p] == ' ');
    }

    /** A name as the grammar's {@code word}: printable ASCII up to a space or the line end. */
    private boolean word() {
        int start = p;
        while (p < end && b[p] > ' ' && b[p] < 0x7f) {
            p++;
        }
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

    /** The grammar's {@code number} (an optional minus, digits), at most 18 digits, into {@code values[index]}. */
    private boolean number(long[] values, int index) {
        boolean negative = p < end && b[p] == '-';
        if (negative) {
            p++;
        }
        int start = p;
        if (!digits(18) || p == start) {
            return false;
        }
        values[index] = negative ? -number : number;
        return true;
    }
}
