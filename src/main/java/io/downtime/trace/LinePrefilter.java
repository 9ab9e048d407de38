package io.downtime.trace;

import java.nio.charset.StandardCharsets;

/**
 * Sorts raw lines before any decoding, so that only lines that can be an understood event (or
 * a damaged one) reach the grammar. It reads the stamp and the event name the way
 * {@code TraceLine.g4} defines them and nothing more; the grammar stays the authority on every
 * line it is given, and {@code LinePrefilterAgreementTest} checks the two agree.
 *
 * <p>A stamped line (thread/process id or ISO time) is always someone's trace line: if its stamp or
 * name is damaged it goes to the grammar, which rejects it with a diagnostic. An unstamped line is
 * only taken for an event when its first word is an understood event name, a QEMU program followed
 * (path allowed) followed by a colon, or a lower-case name with an underscore; other unstamped text is a non-trace line,
 * unless it starts with a digit or '@' and mentions an understood event (a stamp damaged beyond
 * recognition), which goes to the grammar too.
 *
 * <p>libvirt's own lines of a domain log (its {@code 2026-11-26 01:05:21.699+0000: } stamp, and the
 * {@code -option} lines of the QEMU command line it logs) are {@link Verdict#LIBVIRT}: they go to
 * {@code LibvirtLine.g4} instead. {@link LibvirtLineShape} says which; it is only consulted after the
 * trace stamps were ruled out, so ordinary trace lines pay nothing for it.
 */
final class LinePrefilter {
    enum Verdict { CANDIDATE, OTHER_EVENT, NON_TRACE, LIBVIRT }

    /** The grammar's understood event names ({@link UnderstoodNames}), not a list of their own. */
    private static final byte[][] UNDERSTOOD = UnderstoodNames.bytes();
    private static final byte[] QEMU_DASH = "qemu-".getBytes(StandardCharsets.US_ASCII);

    private int nameStart;
    private int nameEnd;

    /** Start of the event name found by the last {@link #classify} that returned OTHER_EVENT. */
    int nameStart() {
        return nameStart;
    }

    int nameEnd() {
        return nameEnd;
    }

    Verdict classify(byte[] b, int start, int end) {
        int p = start;
        boolean stamped = false;
        if (p < end && isDigit(b[p])) {
            int digitsEnd = skipDigits(b, p, end);
            if (digitsEnd < end && b[digitsEnd] == '@') {
                int timeEnd = skipDigits(b, digitsEnd + 1, end);
                if (timeEnd == digitsEnd + 1 || timeEnd >= end) {
                    return Verdict.CANDIDATE;
                }
                if (b[timeEnd] == ' ') {
                    p = timeEnd + 1;
                } else if (b[timeEnd] == '.') {
                    int fractionEnd = skipDigits(b, timeEnd + 1, end);
                    if (fractionEnd == timeEnd + 1 || fractionEnd >= end || b[fractionEnd] != ':') {
                        return Verdict.CANDIDATE;
                    }
                    p = fractionEnd + 1;
                } else {
                    return Verdict.CANDIDATE;
                }
                stamped = true;
            } else if (digitsEnd - p == 4 && digitsEnd < end && b[digitsEnd] == '-') {
                int isoEnd = isoTimeEnd(b, p, end);
                if (isoEnd < 0) {
                    if (LibvirtLineShape.isStamped(b, p, end)) {
                        return Verdict.LIBVIRT;
                    }
                    return mentionsUnderstoodEvent(b, start, end) ? Verdict.CANDIDATE : Verdict.NON_TRACE;
                }
                if (isoEnd >= end || b[isoEnd] != ' ') {
                    return Verdict.CANDIDATE;
                }
                p = isoEnd + 1;
                stamped = true;
            } else {
                return mentionsUnderstoodEvent(b, start, end) ? Verdict.CANDIDATE : Verdict.NON_TRACE;
            }
        } else if (p < end && b[p] == '@') {
            return mentionsUnderstoodEvent(b, start, end) ? Verdict.CANDIDATE : Verdict.NON_TRACE;
        } else if (p < end && b[p] == '-') {
            return LibvirtLineShape.isCommandLineOption(b, p, end) ? Verdict.LIBVIRT : Verdict.NON_TRACE;
        } else if (p < end && isBinary(b[p])) {
            // Text does not start with a control byte: NULs a crash left in the file, or other damage,
            // glued to the front of a trace line. Such a line must be rejected, not taken for foreign text.
            return mentionsUnderstoodEvent(b, start, end) ? Verdict.CANDIDATE : Verdict.NON_TRACE;
        }
        int nameLimit = skipName(b, p, end);
        boolean cleanName = nameLimit > p && !isDigit(b[p]) && (nameLimit == end || b[nameLimit] == ' ' || b[nameLimit] == '\t');
        if (!cleanName) {
            return stamped || isQemuProgramWithColon(b, p, end) ? Verdict.CANDIDATE : Verdict.NON_TRACE;
        }
        if (isUnderstood(b, p, nameLimit)) {
            return Verdict.CANDIDATE;
        }
        if (stamped || looksLikeTraceEventName(b, p, nameLimit)) {
            nameStart = p;
            nameEnd = nameLimit;
            return Verdict.OTHER_EVENT;
        }
        return Verdict.NON_TRACE;
    }

    /** A first word like {@code qemu-system-x86_64:} or {@code /usr/libexec/qemu-kvm:}: QEMU's stderr. */
    private static boolean isQemuProgramWithColon(byte[] b, int p, int end) {
        int wordEnd = p;
        while (wordEnd < end && b[wordEnd] != ' ' && b[wordEnd] != '\t') {
            wordEnd++;
        }
        if (wordEnd == p || b[wordEnd - 1] != ':') {
            return false;
        }
        int slash = p - 1;
        for (int i = p; i < wordEnd; i++) {
            if (b[i] == '/') {
                slash = i;
            }
        }
        return startsWith(b, slash + 1, wordEnd, QEMU_DASH);
    }

    /** The grammar's EVENT_NAME: {@code [a-z][a-z0-9]*('_'[a-z0-9]+)+}. */
    private static boolean looksLikeTraceEventName(byte[] b, int from, int to) {
        if (!isLower(b[from])) {
            return false;
        }
        boolean underscore = false;
        for (int i = from + 1; i < to; i++) {
            byte c = b[i];
            if (c == '_') {
                if (b[i - 1] == '_' || i == to - 1) {
                    return false;
                }
                underscore = true;
            } else if (!isLower(c) && !isDigit(c)) {
                return false;
            }
        }
        return underscore;
    }

    /** End of {@code YYYY-MM-DDThh:mm:ss[.f+]Z} starting at {@code p}, or -1. */
    private static int isoTimeEnd(byte[] b, int p, int end) {
        String shape = "dddd-dd-ddTdd:dd:dd";
        if (end - p < shape.length() + 1) {
            return -1;
        }
        for (int i = 0; i < shape.length(); i++) {
            char s = shape.charAt(i);
            byte c = b[p + i];
            if (s == 'd' ? !isDigit(c) : c != s) {
                return -1;
            }
        }
        int q = p + shape.length();
        if (b[q] == '.') {
            int fractionEnd = skipDigits(b, q + 1, end);
            if (fractionEnd == q + 1) {
                return -1;
            }
            q = fractionEnd;
        }
        return q < end && b[q] == 'Z' ? q + 1 : -1;
    }

    private static boolean mentionsUnderstoodEvent(byte[] b, int start, int end) {
        for (byte[] name : UNDERSTOOD) {
            if (indexOf(b, start, end, name) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnderstood(byte[] b, int from, int to) {
        return UnderstoodNames.indexOf(b, from, to) >= 0;
    }

    private static int indexOf(byte[] b, int start, int end, byte[] needle) {
        outer:
        for (int i = start; i + needle.length <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int from, int end, byte[] prefix) {
        if (end - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int skipDigits(byte[] b, int p, int end) {
        while (p < end && isDigit(b[p])) {
            p++;
        }
        return p;
    }

    private static int skipName(byte[] b, int p, int end) {
        while (p < end && isNameByte(b[p])) {
            p++;
        }
        return p;
    }

    private static boolean isNameByte(byte c) {
        return isLower(c) || isDigit(c) || c == '_' || (c >= 'A' && c <= 'Z');
    }

    /** A control byte (not a tab), or a byte that is not ASCII (a UTF-8 byte order mark starts so too). */
    private static boolean isBinary(byte c) {
        int u = c & 0xff;
        return (u < 0x20 && u != '\t') || u >= 0x7f;
    }

    private static boolean isLower(byte c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
