package io.downtime.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes lines as a QEMU trace backend prints them ({@link StampForm}: by default the log backend with
 * {@code -msg timestamp=on}, QEMU up to 10.0, {@code TID@SECONDS.MICROS:body}), counting the lines and
 * bytes written.
 */
final class StampedLineSink {
    private final OutputStream out;
    private final StampForm form;
    private long written;
    private long lines;

    StampedLineSink(OutputStream out, StampForm form) {
        this.out = out;
        this.form = form;
    }

    void write(long threadId, long micros, byte[] body) throws IOException {
        byte[] stamp = form.stamp(threadId, micros).getBytes(StandardCharsets.US_ASCII);
        out.write(stamp);
        out.write(body);
        out.write('\n');
        written += stamp.length + body.length + 1;
        lines++;
    }

    /** Lines written so far. */
    long lines() {
        return lines;
    }

    /** Bytes written so far. */
    long written() {
        return written;
    }
}
