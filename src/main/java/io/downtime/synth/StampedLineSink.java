package io.downtime.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes lines as QEMU's log trace backend prints them with {@code -msg timestamp=on} (QEMU up to
 * 10.0), {@code TID@SECONDS.MICROS:body} ({@link LogStamp}), counting the bytes written.
 */
final class StampedLineSink {
    private final OutputStream out;
    private long written;

    StampedLineSink(OutputStream out) {
        this.out = out;
    }

    void write(long threadId, long micros, byte[] body) throws IOException {
        byte[] stamp = LogStamp.of(threadId, micros).getBytes(StandardCharsets.US_ASCII);
        out.write(stamp);
        out.write(body);
        out.write('\n');
        written += stamp.length + body.length + 1;
    }

    /** Bytes written so far. */
    long written() {
        return written;
    }
}
