package io.downtime.trace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The first {@code limit} bytes of a stream, which must hold them: a block of a file read in blocks
 * ({@link FileBlocks}). A stream that ends before is a read failure, explained by {@code shortBy}.
 */
final class FirstBytes extends FilterInputStream {
    /** Why the stream ended before the limit. */
    interface Shortfall {
        IOException explain() throws IOException;
    }

    private long remaining;
    private final Shortfall shortBy;

    FirstBytes(InputStream in, long limit, Shortfall shortBy) {
        super(in);
        this.remaining = limit;
        this.shortBy = shortBy;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int b = super.read();
        if (b < 0) {
            throw shortBy.explain();
        }
        remaining--;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int read = super.read(b, off, (int) Math.min(len, remaining));
        if (read < 0) {
            throw shortBy.explain();
        }
        remaining -= read;
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, remaining));
        remaining -= skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(super.available(), remaining);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
