package io.downtime.trace;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One input to read: a file (plain or gzip, recognised by its magic bytes, not its name) or
 * standard input.
 *
 * @param name how diagnostics and reports name it: the path as given (bytes that are not UTF-8 as
 *             {@code \xNN}, {@link FileNames}), or {@code <stdin>}
 * @param path the file, empty for standard input
 */
public record TraceInput(String name, Optional<Path> path) {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    /** The file at {@code path}, named as {@link FileNames} shows it. */
    public static TraceInput file(Path path) {
        return new TraceInput(FileNames.of(path), Optional.of(path));
    }

    public static TraceInput standardInput() {
        return new TraceInput("<stdin>", Optional.empty());
    }

    /**
     * Opens the bytes of the input, decompressed when it is gzip. Read once, from the start, in
     * order: a pipe, a FIFO or {@code <(command)} cannot be read twice or positioned, and is read as
     * a file is.
     */
    InputStream open() throws IOException {
        InputStream raw = path.isPresent() ? new OnePass(Files.newInputStream(path.get())) : System.in;
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (gzipMagic(first, second)) {
            return new WholeGzipStream(buffered, 1 << 16);
        }
        return buffered;
    }

    /** Whether the input is a file that starts with gzip's magic bytes. */
    boolean isGzip() throws IOException {
        if (path.isEmpty()) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path.get())) {
            return gzipMagic(in.read(), in.read());
        }
    }

    /** Gzip is recognised by its magic bytes, not by the file's name. */
    private static boolean gzipMagic(int first, int second) {
        return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * A file's stream that never asks the file where it is. Java's file streams answer
     * {@code available()} with the file's size minus its position, which a pipe or FIFO does not have
     * ("Illegal seek"); a buffered reader asks it after every read. Zero is always true.
     */
    private static final class OnePass extends FilterInputStream {
        OnePass(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public int available() {
            return 0;
        }
    }
}
