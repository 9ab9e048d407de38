package io.downtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command writes its output: standard output, or the file of {@code -o FILE} ({@code -o -}
 * is standard output). A write that failed (a full disk, a closed pipe) is found and said.
 */
final class OutputTarget {
    private final PrintWriter writer;
    private final String name;
    private final boolean file;

    private OutputTarget(PrintWriter writer, String name, boolean file) {
        this.writer = writer;
        this.name = name;
        this.file = file;
    }

    /** The target of {@code output} (null or {@code -}: {@code stdout}); empty, with the reason on {@code err}, when the file cannot be opened. */
    static Optional<OutputTarget> open(String output, PrintWriter stdout, PrintWriter err) {
        if (output == null || output.equals("-")) {
            return Optional.of(new OutputTarget(stdout, "standard output", false));
        }
        try {
            return Optional.of(new OutputTarget(new PrintWriter(Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)),
                    output, true));
        } catch (IOException | InvalidPathException e) {
            err.println("analyzer: " + output + ": cannot write: " + e.getMessage());
            return Optional.empty();
        }
    }

    PrintWriter writer() {
        return writer;
    }

    /** Flushes (and closes a file); false, said on {@code err}, when anything failed to be written. */
    boolean finish(PrintWriter err) {
        writer.flush();
        // PrintWriter keeps write errors to itself: ask for them.
        boolean written = !writer.checkError();
        if (file) {
            writer.close();
        }
        if (!written) {
            err.println("analyzer: " + name + ": write failed");
        }
        return written;
    }
}
