package io.downtime.trace;

/**
 * A place in a line's bytes, {@link #p} within {@code [p, end)} of {@link #b}, and the readings of the
 * grammar's smallest pieces there (a byte, digits), each moving past what it read: shared by
 * the byte-level shortcut's stamp reader ({@link FastStampReader}) and its event reader
 * ({@link FastLineParser}). A base class rather than an object they share, so that the hot loops read
 * their own fields.
 */
abstract class ByteCursor {
    byte[] b;
    int p;
    int end;
    /** The value of the last {@link #digits}. */
    long number;

    /** Starts at {@code start} of {@code bytes}, whose line ends at {@code end}. */
    final void at(byte[] bytes, int start, int end) {
        this.b = bytes;
        this.p = start;
        this.end = end;
    }

    final boolean byteIs(char c) {
        if (p < end && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    /**
     * Digits at {@code p} into {@link #number}; false when there are more than {@code max} of them, or
     * 19 whose value does not fit a long. The digits must not run into a name ({@code 12ab}).
     */
    final boolean digits(int max) {
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

    static boolean isNameByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
