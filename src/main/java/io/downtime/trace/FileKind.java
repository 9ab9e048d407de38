package io.downtime.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a directory entry is, as far as reading it goes. Logs found in a directory are read only when
 * they are regular files: opening a FIFO waits until something writes to it (forever, for one left
 * behind in a results directory), and a directory or a dangling link under a log's name is a broken
 * case, not a missing one. Each other kind is said, never skipped in silence.
 */
public enum FileKind {
    REGULAR("a regular file"),
    DIRECTORY("a directory"),
    FIFO("a FIFO (named pipe)"),
    SOCKET("a socket"),
    DEVICE("a device"),
    OTHER("neither a regular file nor a directory"),
    DANGLING_LINK("a symbolic link to a file that does not exist"),
    MISSING("missing");

    private static final int TYPE_MASK = 0170000;
    private static final int TYPE_FIFO = 0010000;
    private static final int TYPE_SOCKET = 0140000;
    private static final int TYPE_CHARACTER_DEVICE = 0020000;
    private static final int TYPE_BLOCK_DEVICE = 0060000;

    private final String words;

    FileKind(String words) {
        this.words = words;
    }

    /** The kind of {@code path}, following symbolic links. */
    public static FileKind of(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return Files.isSymbolicLink(path) ? DANGLING_LINK : MISSING;
        }
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        return special(path);
    }

    /** Whether anything is there under that name, a dangling link included. */
    public static boolean present(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** "is a FIFO (named pipe)", "is a directory", ... */
    public String is() {
        return this == MISSING ? "does not exist" : "is " + words;
    }

    /**
     * Why a log found in a directory under this name is not read: for {@code DIR/src.log: REASON}.
     * Only for kinds other than {@link #REGULAR}.
     */
    public String notReadInADirectory() {
        String why = switch (this) {
            case FIFO, SOCKET, DEVICE, OTHER -> "logs found in a directory are read only when they are regular files (opening a"
                    + " FIFO waits for a writer, forever if there is none); give its path on the command line to read it";
            case DANGLING_LINK, MISSING -> "the log cannot be read";
            case DIRECTORY -> "a log must be a file";
            case REGULAR -> throw new IllegalStateException("a regular file is read");
        };
        return is() + ": " + why;
    }

    /** FIFOs, sockets and devices by the Unix file mode, where the file system gives it. */
    private static FileKind special(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE_MASK;
            if (type == TYPE_FIFO) {
                return FIFO;
            }
            if (type == TYPE_SOCKET) {
                return SOCKET;
            }
            return type == TYPE_CHARACTER_DEVICE || type == TYPE_BLOCK_DEVICE ? DEVICE : OTHER;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return OTHER;
        }
    }
}
