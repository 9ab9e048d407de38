package io.downtime.trace;

import io.downtime.model.EventKind;
import io.downtime.model.LineForm;
import io.downtime.model.MigrationStep;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * <p>Understood event names come from the grammar ({@link UnderstoodNames}); the shapes of their
 * arguments are written here, one per event, after the grammar's rules.
 */
final class FastLineParser {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    /** The kind of each understood name, by its index in {@link UnderstoodNames#names()}. */
    private static final EventKind[] KINDS = UnderstoodNames.names().stream().map(EventKind::ofLabel).toArray(EventKind[]::new);

    private static final Set<EventKind> STEPS = EnumSet.copyOf(MigrationStep.KINDS);
    private static final byte[] TYPE_EQ = ascii("type=");
    private static final byte[] ITERABLE = ascii("iterable idstr=");
    private static final byte[] NON_ITERABLE = ascii("non-iterable idstr=");
    private static final byte[] INSTANCE_ID_EQ = ascii(" instance_id=");
    private static final byte[] DOWNTIME_EQ = ascii(" downtime=");
    private static final byte[] NEW_STATE = ascii("new state ");
    private static final byte[] ABORT_LIMIT = ascii("switchover abort limit=");
    private static final byte[] SOURCE_DOWNTIME = ascii(", source downtime=");
    private static final byte[] DESTINATION_DOWNTIME = ascii(", destination downtime=");
    private static final byte[] TRANSFERRED = ascii("transferred ");
    private static final byte[] TIME_SPENT = ascii(" time_spent ");
    private static final byte[] BANDWIDTH = ascii(" bandwidth ");
    private static final byte[] SWITCHOVER_BW = ascii(" switchover_bw ");
    private static final byte[] MAX_SIZE = ascii(" max_size ");
    private static final byte[] ESTIMATE_PENDING = ascii("estimate pending size ");
    private static final byte[] EXACT_PENDING = ascii("exact pending size ");
    private static final byte[] PRE = ascii(" (pre = ");
    private static final byte[] POST = ascii(" post=");
    private static final byte[] SECTION_ID = ascii(", section_id ");
    private static final byte[] ARROW = ascii(" -> ");
    private static final byte[] COM_EQ = ascii("com=");
    private static final byte[] LEN_EQ = ascii(" len=");

    private final NameCache names = new NameCache();
    private byte[] b;
    private int p;
    private int end;
    private long number;

    /**
     * Reads {@code [start, end)} of {@code bytes} into {@code line}; false when the line is not of a
     * shape this parser is sure of (the grammar must read it then), and {@code line} is then undefined.
     */
    boolean parse(byte[] bytes, int start, int end, FastLine line) {
        this.b = bytes;
        this.p = start;
        this.end = end;
        return stamp(line) && event(line);
    }

    /** The stamp, up to the event name; fills the line's form, time and id. */
    private boolean stamp(FastLine line) {
        if (p >= end) {
            return false;
        }
        byte first = b[p];
        if (first >= 'a' && first <= 'z') {
            line.form = LineForm.UNSTAMPED;
            line.hasTime = false;
            line.hasId = false;
            return true;
        }
        if (end - p >= 21 && b[p + 4] == '-' && b[p + 10] == 'T') {
            return isoStamp(line);
        }
        int idStart = p;
        if (!digits(18) || p == idStart || p >= end || b[p] != '@') {
            return false;
        }
        line.id = number;
        line.hasId = true;
        p++;
        int timeStart = p;
        if (!digits(19) || p == timeStart || p >= end) {
            return false;
        }
        long time = number;
        int timeDigits = p - timeStart;
        if (b[p] == ' ') {
            p++;
            line.form = LineForm.SYSTEMTAP;
            line.micros = time / 1000;
            line.hasTime = true;
            return true;
        }
        if (b[p] != '.' || timeDigits > 12) {
            return false;
        }
        p++;
        int fractionStart = p;
        long micros = fraction();
        if (p == fractionStart || p >= end || b[p] != ':') {
            return false;
        }
        p++;
        line.form = LineForm.LOG_THREAD_STAMP;
        line.micros = time * MICROS_PER_SECOND + micros;
        line.hasTime = true;
        return true;
    }

    /**
     * {@code YYYY-MM-DDThh:mm:ss[.f]Z } as {@link java.time.Instant#parse} reads it: only dates and times
     * that exist, a fraction of one to nine digits; anything else (a leap second, 24:00) to the grammar.
     */
    private boolean isoStamp(FastLine line) {
        int q = p;
        int year = fixed(q, 4);
        int month = fixed(q + 5, 2);
        int day = fixed(q + 8, 2);
        int hour = fixed(q + 11, 2);
        int minute = fixed(q + 14, 2);
        int second = fixed(q + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || b[q + 7] != '-' || b[q + 13] != ':' || b[q + 16] != ':'
                || day > daysInMonth(year, month)) {
            return false;
        }
        p = q + 19;
        long micros = 0;
        if (p < end && b[p] == '.') {
            p++;
            int fractionStart = p;
            micros = fraction();
            if (p == fractionStart || p - fractionStart > 9) {
                return false;
            }
        }
        if (p + 1 >= end || b[p] != 'Z' || b[p + 1] != ' ') {
            return false;
        }
        p += 2;
        long days = daysSinceEpoch(year, month, day);
        line.form = LineForm.ISO_TIME;
        line.micros = ((days * 24 + hour) * 60 + minute) * 60 * MICROS_PER_SECOND + second * MICROS_PER_SECOND + micros;
        line.hasTime = true;
        line.hasId = false;
        return true;
    }

    /** The understood event's name, then its arguments. */
    private boolean event(FastLine line) {
        int nameStart = p;
        while (p < end && isNameByte(b[p])) {
            p++;
        }
        if (p < end && b[p] != ' ') {
            return false;
        }
        int index = UnderstoodNames.indexOf(b, nameStart, p);
        if (index < 0) {
            return false;
        }
        EventKind kind = KINDS[index];
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
                if (!word() || contains(idStart, p, INSTANCE_ID_EQ, 1)) {
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

    private boolean byteIs(char c) {
        if (p < end && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    private boolean literal(byte[] text) {
        if (end - p < text.length || !Arrays.equals(text, 0, text.length, b, p, p + text.length)) {
            return false;
        }
        p += text.length;
        return true;
    }

    /** A name as the grammar's {@code word}: printable ASCII up to a space or the line end. */
    private boolean word() {
        int start = p;
        while (p < end && b[p] > ' ' && b[p] < 0x7f) {
            p++;
        }
        return p > start && (p == end || b[p] == ' ');
    }

    /** Whether {@code needle} without its first {@code skip} bytes occurs in {@code [from, to)}. */
    private boolean contains(int from, int to, byte[] needle, int skip) {
        int length = needle.length - skip;
        for (int i = from; i + length <= to; i++) {
            if (Arrays.equals(needle, skip, needle.length, b, i, i + length)) {
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

    /**
     * Digits at {@code p} into {@link #number}; false when there are more than {@code max} of them, or
     * 19 whose value does not fit a long. The digits must not run into a name ({@code 12ab}).
     */
    private boolean digits(int max) {
        long value = 0;
        int start = p;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            int digit = b[p] - '0';
            if (p - start >= 18) {
                if (p - start >= max || value > (Long.MAX_VALUE - digit) / 10) {
                    return false;
                }
            }
            value = value * 10 + digit;
            p++;
        }
        number = value;
        return p == end || !isNameByte(b[p]);
    }

    /** The digits of a fraction of a second at {@code p}, as microseconds: the first six, padded with zeros. */
    private long fraction() {
        long micros = 0;
        int taken = 0;
        for (; p < end && b[p] >= '0' && b[p] <= '9'; p++) {
            if (taken < 6) {
                micros = micros * 10 + (b[p] - '0');
                taken++;
            }
        }
        for (; taken < 6; taken++) {
            micros *= 10;
        }
        return micros;
    }

    /** {@code count} digits at {@code at} as a number, or -1. */
    private int fixed(int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            return isLeap(year) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days from 1970-01-01 to the date, in the proleptic Gregorian calendar {@link java.time.Instant} uses. */
    private static long daysSinceEpoch(int year, int month, int day) {
        long y = year - 1;
        long days = 365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400)
                + DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
        return days - 719162; // days from 0001-01-01 to 1970-01-01
    }

    private static boolean isNameByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
