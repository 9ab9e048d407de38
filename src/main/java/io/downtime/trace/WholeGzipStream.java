package io.downtime.trace;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The data of a gzip file: every member (RFC 1952) one after the other, read in a loop, and a failure
 * where bytes that are not gzip follow the last member.
 *
 * <p>Why not Java's {@link java.util.zip.GZIPInputStream}: it reads the next member by calling itself
 * again whenever one ends without data, so a file of 20,000 empty members (valid: {@code gzip -t}
 * passes it) overflows the stack; and when what follows a member is not another one (plain text
 * appended to a compressed log) it stops there as if the file had ended, losing those lines without a
 * word. The messages of its failures are kept ({@code Corrupt GZIP trailer}, {@code Unexpected end of
 * ZLIB input stream}, zlib's own), as the reader's diagnostics quote them.
 */
final class WholeGzipStream extends InputStream {
    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final byte[] buffer;
    /** The bytes of {@link #buffer} not yet consumed: from {@code start} to {@code end}. */
    private int start;
    private int end;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private boolean ended;
    private boolean closed;

    /** Reads the first member's header: a file cut inside it throws {@link EOFException}, a damaged one {@link ZipException}. */
    WholeGzipStream(InputStream in, int bufferBytes) throws IOException {
        this.in = in;
        this.buffer = new byte[bufferBytes];
        try {
            readHeader();
        } catch (IOException e) {
            inflater.end();
            throw e;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        if (len == 0) {
            return 0;
        }
        // A loop, not a call of itself: any number of members, empty ones included, in constant stack.
        while (!ended) {
            if (inflater.finished()) {
                start = end - inflater.getRemaining();
                readTrailer();
                if (!nextMember()) {
                    ended = true;
                }
                continue;
            }
            if (inflater.needsInput()) {
                if (start == end && !fill()) {
                    throw new EOFException("Unexpected end of ZLIB input stream");
                }
                inflater.setInput(buffer, start, end - start);
                start = end;
            }
            int inflated;
            try {
                inflated = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException(e.getMessage() == null ? "Invalid ZLIB data format" : e.getMessage());
            }
            if (inflated > 0) {
                crc.update(b, off, inflated);
                return inflated;
            }
            if (inflater.needsDictionary()) {
                throw new ZipException("a gzip member cannot need a preset dictionary");
            }
        }
        return -1;
    }

    /**
     * After a member: true when another one follows; false at the end of the file; a failure when
     * what follows is not a gzip member.
     */
    private boolean nextMember() throws IOException {
        if (start == end && !fill()) {
            return false;
        }
        try {
            readHeader();
        } catch (IOException e) {
            throw new IOException("bytes follow the end of the gzip data that are not gzip (plain text appended"
                    + " to a compressed log?); they are not read");
        }
        inflater.reset();
        crc.reset();
        return true;
    }

    private void readHeader() throws IOException {
        CRC32 headerCrc = new CRC32();
        if (readByte(headerCrc) != MAGIC_1 || readByte(headerCrc) != MAGIC_2) {
            throw new ZipException("Not in GZIP format");
        }
        if (readByte(headerCrc) != DEFLATE) {
            throw new ZipException("Unsupported compression method");
        }
        int flags = readByte(headerCrc);
        for (int i = 0; i < 6; i++) {
            readByte(headerCrc); // modification time (4), extra flags, operating system
        }
        if ((flags & FEXTRA) != 0) {
            int length = readByte(headerCrc) | readByte(headerCrc) << 8;
            for (int i = 0; i < length; i++) {
                readByte(headerCrc);
            }
        }
        if ((flags & FNAME) != 0) {
            while (readByte(headerCrc) != 0) {
                // the original file name, zero-terminated
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (readByte(headerCrc) != 0) {
                // a comment, zero-terminated
            }
        }
        if ((flags & FHCRC) != 0) {
            int expected = (int) headerCrc.getValue() & 0xffff;
            if ((readByte(null) | readByte(null) << 8) != expected) {
                throw new ZipException("Corrupt GZIP header");
            }
        }
    }

    private void readTrailer() throws IOException {
        long storedCrc;
        long storedSize;
        try {
            storedCrc = readUnsignedInt();
            storedSize = readUnsignedInt();
        } catch (EOFException e) {
            throw new EOFException("the file ends inside the trailer of a gzip member (cut short)");
        }
        if (storedCrc != crc.getValue() || storedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new ZipException("Corrupt GZIP trailer");
        }
    }

    private long readUnsignedInt() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (long) readByte(null) << (8 * i);
        }
        return value;
    }

    private int readByte(CRC32 checksum) throws IOException {
        if (start == end && !fill()) {
            throw new EOFException();
        }
        int value = buffer[start++] & 0xff;
        if (checksum != null) {
            checksum.update(value);
        }
        return value;
    }

    /** Refills the buffer from the file; false at its end. */
    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        start = 0;
        end = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            inflater.end();
            in.close();
        }
    }
}
