package io.downtime.trace;

import io.downtime.model.LineForm;

/**
 * Reads a trace line's stamp straight from its bytes for {@link FastLineParser}, as {@code TraceLine.g4}
 * defines the stamps of each line form (log backend {@code TID@SECONDS.MICROS:}, ISO
 * {@code YYYY-MM-DDThh:mm:ss[.f]Z}, SystemTap {@code PID@NANOS}, none), into the line's form, time and id;
 * whatever it is not sure of it leaves to the grammar by answering false. Consecutive lines of one thread
 * within one second start with the same bytes: the start of the last stamp read is remembered with what
 * it says, and a stamp that starts so is read from there.
 */
final class FastStampReader extends ByteCursor {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    /**
     * The start of the last stamp read (up to its fraction of a second), with what it says; null when it
     * is under eight bytes or over {@link WordText#MAX_LENGTH}.
     */
    private WordText lastStamp;
    private LineForm lastForm;
    private long lastId;
    private long lastSecond;

    /**
     * Reads the stamp at {@code start} of {@code bytes} (the line ends at {@code end}, and is followed by its
     * line end and {@link FastLineParser#PADDING} bytes) into {@code line}: where the event's name starts,
     * or -1 when the grammar must read the line.
     */
    int read(byte[] bytes, int start, int end, FastLine line) {
        byte first = bytes[start];
        if (first >= 'a' && first <= 'z') {
            line.form = LineForm.UNSTAMPED;
            line.hasTime = false;
            line.hasId = false;
            return start;
        }
        WordText last = lastStamp;
        if (last == null || !last.at(bytes, start)) {
            at(bytes, start, end);
            return stamp(line) ? p : -1;
        }
        // The usual rest of a stamp that starts as the last one, read as one word: six digits of
        // microseconds and a colon (the log backend), a point, six digits and Z (ISO), nine digits of
        // nanoseconds (SystemTap), each then its space. Any other rest is read by sameStampStart.
        int rest = start + last.length;
        long word = ByteWords.at(bytes, rest);
        long nonDigits = ByteWords.nonDigits(word);
        LineForm form = lastForm;
        if (form == LineForm.LOG_THREAD_STAMP) {
            if ((nonDigits & 0x0000_8080_8080_8080L) == 0 && (word >>> 48 & 0xFF) == ':') {
                sameStamp(line, lastSecond * MICROS_PER_SECOND + ByteWords.eightDigits(word << 16), true);
                return rest + 7;
            }
        } else if (form == LineForm.ISO_TIME) {
            if ((word & 0xFF) == '.' && (nonDigits & 0x0080_8080_8080_8000L) == 0 && word >>> 56 == 'Z' && bytes[rest + 8] == ' ') {
                sameStamp(line, lastSecond * MICROS_PER_SECOND + ByteWords.eightDigits((word & 0x00FF_FFFF_FFFF_FF00L) << 8), false);
                return rest + 9;
            }
        } else {
            byte ninth = bytes[rest + 8];
            if (nonDigits == 0 && ninth >= '0' && ninth <= '9' && bytes[rest + 9] == ' ') {
                // the first six of the nine digits: the microseconds, without a division (a runtime call under C1)
                sameStamp(line, lastSecond * MICROS_PER_SECOND + ByteWords.eightDigits(word << 16), true);
                return rest + 10;
            }
        }
        at(bytes, rest, end);
        return sameStampStart(line) ? p : -1;
    }

    /**
     * Fills {@code line} with a stamp that starts as the last one read: its form and id are that one's. Under
     * 35 bytes of bytecode, so that C1 inlines it in each of {@link #read}'s three line forms.
     */
    private void sameStamp(FastLine line, long micros, boolean hasId) {
        line.micros = micros;
        line.form = lastForm;
        line.hasId = hasId;
        line.id = lastId;
        line.hasTime = true;
    }

    /** The stamp, up to the event name; fills the line's form, time and id. */
    private boolean stamp(FastLine line) {
        if (p >= end) {
            return false;
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
        if (to - from < Long.BYTES || to - from > WordText.MAX_LENGTH) {
            lastStamp = null;
            return;
        }
        if (lastStamp == null || lastStamp.length != to - from || !lastStamp.at(b, from)) {
            lastStamp = WordText.ofLine(b, from, to);
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

}
