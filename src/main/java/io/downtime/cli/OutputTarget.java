package io.downtime.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command writes its output: standard output, or the file of {@code -o FILE} ({@code -o -}
 * is standard output), written whole or not at all ({@link AtomicFile}). A write that failed (a full
 * disk, a closed pipe) is found and said; a file is then left as it was.
 */
final class OutputTarget implements AutoCloseable {
    private final PrintWriter writer;
    private final String name;
    private final AtomicFile file;

    private OutputTarget(PrintWriter writer, String name, AtomicFile file) {
        this.writer = writer;
        this.name = name;
        this.file = file;
    }

    /** The target of {@code output} (null or {@code -}: {@code stdout}); empty, with the reason on {@code err}, when the file cannot be opened. */
    static Optional<OutputTarget> open(String output, PrintWriter stdout, PrintWriter err) {
        if (output == null || output.equals("-")) {
            return Optional.of(new OutputTarget(stdout, "standard output", null));
        }
        try {
            AtomicFile file = AtomicFile.create(Path.of(output));
            PrintWriter writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8)));
            return Optional.of(new OutputTarget(writer, output, file));
        } catch (IOException | InvalidPathException e) {
            err.println("analyzer: " + output + ": cannot write: " + e.getMessage());
            return Optional.empty();
        }
    }

    PrintWriter writer() {
        return writer;
    }

    /**
     * Flushes, and makes a file the target; false, said on {@code err}, when anything failed to be
     * written (a file is then left as it was).
     */
    boolean finish(PrintWriter err) {
        writer.flush();
        // PrintWriter keeps write errors to itself: ask for them (the file's own stream kept the reason).
        boolean written = !writer.checkError();
        if (file == null) {
            if (!written) {
                err.println("analyzer: " + name + ": write failed");
            }
            return written;
        }
        try {
            if (!written) {
                throw file.failure().orElseGet(() -> new IOException("write failed"));
            }
            file.commit();
            return true;
        } catch (IOException e) {
            err.println("analyzer: " + name + ": cannot be written: " + AtomicFile.describe(e)
                    + "; " + AtomicFile.LEFT_AS_IT_WAS);
            return false;
        } finally {
            file.close();
        }
    }

    /** A file not finished (the command failed on the way) is thrown away; the target stays as it was. */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
