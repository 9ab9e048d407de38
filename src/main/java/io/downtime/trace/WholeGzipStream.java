package io.downtime.trace;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip stream that does not end quietly while bytes follow its last member. Java's
 * {@link GZIPInputStream} reads concatenated members (from {@code cat a.gz b.gz}) but, when what
 * follows a member is not another one (plain text appended to a compressed log), it stops there as
 * if the file had ended: those lines would be lost without a word. This one fails instead, so the
 * reader says where reading stopped.
 */
final class WholeGzipStream extends GZIPInputStream {
    /** At the end of a member the inflater still holds its 8-byte trailer (CRC-32 and length). */
    private static final int TRAILER_BYTES = 8;
    private boolean ended;

    WholeGzipStream(InputStream in, int bufferBytes) throws IOException {
        super(in, bufferBytes);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read < 0 && !ended) {
            ended = true;
            if (inf.getRemaining() > TRAILER_BYTES || in.available() > 0) {
                throw new IOException("bytes follow the end of the gzip data that are not gzip (plain text appended"
                        + " to a compressed log?); they are not read");
            }
        }
        return read;
    }
}
