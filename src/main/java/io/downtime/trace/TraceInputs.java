package io.downtime.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line paths into inputs: a file as it is, {@code -} for standard input, a directory
 * for every trace file below it (see {@link #isTraceFileName}), in path order.
 */
public final class TraceInputs {
    private TraceInputs() {
    }

    /**
     * @param inputs   what can be read
     * @param problems one sentence per path that cannot be, naming the path
     */
    public record Resolved(List<TraceInput> inputs, List<String> problems) {
    }

    public static Resolved resolve(List<String> arguments) {
        List<TraceInput> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(TraceInput.standardInput());
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                problems.add(unnamable(argument));
                continue;
            }
            if (Files.isDirectory(path)) {
                List<Path> found = traceFilesUnder(path, problems);
                if (found.isEmpty()) {
                    problems.add(argument + ": no trace files (*.log, *.stderr, *.trace, optionally .gz) in this directory");
                }
                found.forEach(file -> inputs.add(TraceInput.file(file)));
            } else if (!Files.exists(path)) {
                problems.add(missing(argument));
            } else if (!Files.isReadable(path)) {
                problems.add(argument + ": not readable (permission denied)");
            } else {
                inputs.add(TraceInput.file(path));
            }
        }
        return new Resolved(List.copyOf(inputs), List.copyOf(problems));
    }

    /**
     * A command-line path that names nothing. Java decodes the command line as UTF-8 (the launcher
     * sees to it), so a path typed with bytes that are not UTF-8 reaches it with U+FFFD in their place
     * and names another file: say so, and how to reach such a file anyway.
     */
    public static String missing(String argument) {
        return argument + ": no such file or directory" + (argument.indexOf('\uFFFD') < 0 ? ""
                : " (as given, the path is not valid UTF-8, which Java cannot name from the command line; give a"
                + " directory above it: names found in directories are read whatever their bytes)");
    }

    /**
     * Why a command-line path cannot be used when Java cannot even make it a path: its characters are
     * not in the locale's character set (Java names files in it: a C locale has ASCII only). The
     * launcher runs Java under a UTF-8 locale for that reason.
     */
    public static String unnamable(String argument) {
        return argument + ": cannot be named in this locale's character set (" + System.getProperty("sun.jnu.encoding")
                + "); run under a UTF-8 locale (LC_ALL=C.UTF-8), as ./analyzer does";
    }

    /** Names of files a directory contributes: {@code *.log}, {@code *.stderr}, {@code *.trace}, each optionally {@code .gz}. */
    public static boolean isTraceFileName(String name) {
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return !name.startsWith(".") && (base.endsWith(".log") || base.endsWith(".stderr") || base.endsWith(".trace"));
    }

    /**
     * The trace files below {@code directory}. A trace file's name on something else than a regular
     * file or a directory (a FIFO, a dangling link) is named among the problems and not read
     * ({@link FileKind}).
     */
    private static List<Path> traceFilesUnder(Path directory, List<String> problems) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(path -> isTraceFileName(path.getFileName().toString())).sorted().forEach(path -> {
                FileKind kind = FileKind.of(path);
                if (kind == FileKind.REGULAR) {
                    files.add(path);
                } else if (kind != FileKind.DIRECTORY) {
                    problems.add(FileNames.of(path) + ": " + kind.notReadInADirectory());
                }
            });
            return files;
        } catch (IOException | UncheckedIOException e) {
            problems.add(FileNames.of(directory) + ": cannot list directory: " + e.getMessage());
            return List.of();
        }
    }
}
