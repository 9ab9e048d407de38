package io.downtime.trace;

import io.downtime.model.EventKind;
import io.downtime.model.LineForm;
import io.downtime.model.MigrationStep;

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

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final NameCache names = new NameCache();
    /** The start of the last stamp read (up to its fraction of a second), with what it says. */
    private ByteText lastStamp;
    private LineForm lastForm;
    private long lastId;
    private long lastSecond;
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
        if (lastStamp != null && end - p > lastStamp.length && lastStamp.at(b, p)) {
            return sameStampStart(line);
        }
        int lineStart = p;
        if (end - p >= 21 && b[p + 4] == '-' && b[p + 10] == 'T') {
            return isoStamp(line);
        }
        if (!digits(18) || p == lineStart || p >= end || b[p] != '@') {
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
            // the next line of this process in the same second starts with the same bytes
            long second = time / NANOS_PER_SECOND;
            if (timeDigits >= 10 && second < Long.MAX_VALUE / NANOS_PER_SECOND - 1) {
                remember(lineStart, p - 1 - 9, LineForm.SYSTEMTAP, line.id, second);
            }
            return true;
        }
        if (b[p] != '.' || timeDigits > 12) {
            return false;
        }
        p++;
        remember(lineStart, p, LineForm.LOG_THREAD_STAMP, line.id, time);
        return logFraction(line, time);
    }

    /**
     * A stamp that starts with the same bytes as the last one read (the same thread, or process, within
     * the same second): its id and second are those; only the rest of it is read.
     */
    private boolean sameStampStart(FastLine line) {
        p += lastStamp.length;
        line.id = lastId;
        line.hasId = lastForm != LineForm.ISO_TIME;
        switch (lastForm) {
            case LOG_THREAD_STAMP -> {
                return logFraction(line, lastSecond);
            }
            case SYSTEMTAP -> {
                long nanos = 0;
                for (int i = 0; i < 9; i++, p++) {
                    if (p >= end || b[p] < '0' || b[p] > '9') {
                        return false;
                    }
                    nanos = nanos * 10 + (b[p] - '0');
                }
                if (p >= end || b[p] != ' ') {
                    return false;
                }
                p++;
                line.form = LineForm.SYSTEMTAP;
                line.micros = (lastSecond * NANOS_PER_SECOND + nanos) / 1000;
                line.hasTime = true;
                return true;
            }
            default -> {
                return isoRest(line, lastSecond);
            }
        }
    }

    /** The log backend's {@code MICROS:} after {@code TID@SECONDS.}. */
    private boolean logFraction(FastLine line, long seconds) {
        int fractionStart = p;
        long micros = fraction();
        if (p == fractionStart || p >= end || b[p] != ':') {
            return false;
        }
        p++;
        line.form = LineForm.LOG_THREAD_STAMP;
        line.micros = seconds * MICROS_PER_SECOND + micros;
        line.hasTime = true;
        return true;
    }

    private void remember(int from, int to, LineForm form, long id, long second) {
        if (to - from < Long.BYTES) {
            lastStamp = null;
            return;
        }
        if (lastStamp == null || lastStamp.length != to - from || !lastStamp.at(b, from)) {
            lastStamp = new ByteText(Arrays.copyOfRange(b, from, to));
        }
        lastForm = form;
        lastId = id;
        lastSecond = second;
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
        long seconds = ((daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute) * 60 + second;
        remember(q, p, LineForm.ISO_TIME, 0, seconds);
        return isoRest(line, seconds);
    }

    /** What follows {@code YYYY-MM-DDThh:mm:ss}: an optional fraction, {@code Z} and a space. */
    private boolean isoRest(FastLine line, long seconds) {
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
        line.form = LineForm.ISO_TIME;
        line.micros = seconds * MICROS_PER_SECOND + micros;
        line.hasTime = true;
        line.hasId = false;
        return true;
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

    private boolean byteIs(char c) {
        if (p < end && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    private boolean literal(ByteText text) {
        if (end - p < text.length || !text.at(b, p)) {
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
}
