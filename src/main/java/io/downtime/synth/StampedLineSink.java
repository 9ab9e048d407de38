package io.downtime.synth;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes lines as QEMU's log trace backend prints them with {@code -msg timestamp=on} (QEMU up to
 * 10.0), {@code TID@SECONDS.MICROS:body}, straight as bytes: the generator writes hundreds of
 * megabytes and must not be what a benchmark waits for.
 */
final class StampedLineSink {
    private final OutputStream out;
    private final byte[] line = new byte[1 << 16];
    private long written;

    StampedLineSink(OutputStream out) {
        this.out = out;
    }

    void write(long threadId, long micros, byte[] body) throws IOException {
        int p = digits(threadId, 0);
        line[p++] = '@';
        p = digits(micros / 1_000_000L, p);
        line[p++] = '.';
        long fraction = micros % 1_000_000L;
        for (int i = 5; i >= 0; i--) {
            line[p + i] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        p += 6;
        line[p++] = ':';
        out.write(line, 0, p);
        out.write(body);
        out.write('\n');
        written += p + body.length + 1;
    }

    /** Bytes written so far. */
    long written() {
        return written;
    }

    private int digits(long value, int at) {
        String text = Long.toString(value);
        for (int i = 0; i < text.length(); i++) {
            line[at + i] = (byte) text.charAt(i);
        }
        return at + text.length();
    }
}
