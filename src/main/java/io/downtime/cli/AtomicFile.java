package io.downtime.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * An output file written whole or not at all. The bytes go to a temporary file beside the target
 * ({@code .NAME.RANDOM.tmp}, in the same directory, so on the same file system), which is flushed to
 * the disk and then renamed over the target: the target is at every moment either the old file or the
 * new one, never a part. When anything fails (a full disk, a file size limit, a bug), the temporary
 * file is removed and the old file is left as it was.
 *
 * <p>A symbolic link given as the target is followed: the file it points to is replaced, the link
 * kept. A target that exists but is no regular file ({@code /dev/null}, a FIFO, a terminal) is
 * written in place: it cannot be replaced, and holds nothing to lose. The new file gets the old one's
 * permissions, or, when new, those of any file created there (0666 less the umask).
 */
final class AtomicFile implements Closeable {
    /** How a failed write ends, for messages: the target was not touched. */
    static final String LEFT_AS_IT_WAS = "nothing was written (an existing file is left as it was)";
    private static final int MAX_LINKS = 40;

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream sink;
    private final Recording stream;
    private boolean done;

    private AtomicFile(Path target, Path temporary, FileChannel channel, OutputStream raw) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.sink = new BufferedOutputStream(raw, 1 << 16);
        this.stream = new Recording(sink);
    }

    /** Starts writing {@code target}; a target that cannot be written throws, with the reason in words. */
    static AtomicFile create(Path target) throws IOException {
        return create(target, UnaryOperator.identity());
    }

    /**
     * As {@link #create(Path)}, the file's stream passed through {@code seam} first: tests make it fail
     * part way, as a full disk does.
     */
    static AtomicFile create(Path target, UnaryOperator<OutputStream> seam) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // Opened through its links as the system resolves them (/dev/stdout is /proc/self/fd/1, a
            // link to "pipe:[N]" that is no path).
            return new AtomicFile(target, null, null, seam.apply(Files.newOutputStream(target)));
        }
        Path destination = destination(target);
        Path directory = destination.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path temporary = directory.resolve("." + destination.getFileName() + "."
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
            FileChannel channel;
            try {
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            } catch (IOException e) {
                throw new IOException(reason(e, directory), e);
            }
            AtomicFile file = new AtomicFile(destination, temporary, channel, seam.apply(Channels.newOutputStream(channel)));
            file.keepPermissions();
            return file;
        }
    }

    /**
     * Where a file written at {@code path} lands: the real path of an existing file, else its
     * symbolic links followed one by one (a link to a file not made yet), else the path itself.
     */
    static Path destination(Path path) throws IOException {
        if (Files.exists(path)) {
            return path.toRealPath();
        }
        Path current = path;
        for (int links = 0; Files.isSymbolicLink(current); links++) {
            if (links == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current));
        }
        return current;
    }

    /** Where the bytes go until {@link #commit()}. Closing it only flushes: {@link #commit()} or {@link #close()} ends the file. */
    OutputStream stream() {
        return stream;
    }

    /** The first failure of a write, if any: what went wrong, in the system's words. */
    Optional<IOException> failure() {
        return Optional.ofNullable(stream.failure);
    }

    /**
     * Makes the file the target: flushed, on the disk, renamed over the old one. A failure throws, and
     * the old file is as it was ({@link #close()} removes the temporary one).
     */
    void commit() throws IOException {
        if (done) {
            return;
        }
        stream.flush();
        if (stream.failure != null) {
            throw stream.failure;
        }
        if (temporary == null) {
            done = true;
            sink.close();
            return;
        }
        // On the disk before the rename, or a crash could leave the new name on an empty file.
        channel.force(true);
        sink.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Removes the temporary file unless committed: the target stays as it was. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            sink.close();
        } catch (IOException e) {
            // Whatever it could not write is thrown away with it.
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Left behind, a dot file named after the target: nothing of the target is lost.
            }
        }
    }

    /** The target's permissions (and, where allowed, owner and group), when it exists, for the file that replaces it. */
    private void keepPermissions() {
        if (!Files.exists(target)) {
            return;
        }
        try {
            PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
            Files.setPosixFilePermissions(temporary, old.permissions());
            PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            if (!old.group().equals(Files.readAttributes(temporary, PosixFileAttributes.class).group())) {
                view.setGroup(old.group());
            }
            if (!old.owner().equals(Files.getOwner(temporary))) {
                view.setOwner(old.owner());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not allowed, or no POSIX file system: the new file keeps what any new file gets there.
        }
    }

    /** A failure in words: the system's reason. */
    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why a file cannot be created in {@code directory}, in words (the temporary file's name would only confuse). */
    static String reason(IOException e, Path directory) {
        if (e instanceof NoSuchFileException) {
            return directory + ": no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return directory + ": permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return directory + ": " + fs.getReason();
        }
        return describe(e);
    }

    /** Keeps the first failure of the stream under it: a writer on top may swallow it. */
    private static final class Recording extends FilterOutputStream {
        private IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        /** Flushes only: the writer on top may close it, the file is ended by commit or close. */
        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
