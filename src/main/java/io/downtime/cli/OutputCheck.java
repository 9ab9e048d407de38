package io.downtime.cli;

import io.downtime.trace.TraceInput;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses outputs that would destroy an input, before anything is opened for writing: an output
 * that is one of the files the command reads ({@code report DIR -o DIR/src.log}), also under another
 * name (a symbolic or hard link: files are compared by the file system's identity of a file, device
 * and inode), and two outputs of one command that are one file ({@code gate --json x --junit x}).
 */
final class OutputCheck {
    /**
     * One output of a command.
     *
     * @param option how the user gave it: {@code -o}, {@code --json}...
     * @param path   the path as given
     */
    record Output(String option, Path path) {
        /** The output of {@code option FILE}; empty for standard output ({@code -}) or when not given. */
        static Optional<Output> of(String option, String file) {
            if (file == null || file.equals("-")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Output(option, Path.of(file)));
            } catch (InvalidPathException e) {
                // Opening it will say why it cannot be written.
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return option + " " + path;
        }
    }

    private OutputCheck() {
    }

    /** True, with each reason on {@code err}, when an output is an input or another output. */
    static boolean refused(List<Output> outputs, Collection<Path> inputs, PrintWriter err) {
        List<String> problems = problems(outputs, inputs);
        problems.forEach(problem -> err.println("analyzer: " + problem));
        err.flush();
        return !problems.isEmpty();
    }

    /** The paths of the inputs that are files (standard input is none). */
    static List<Path> paths(Collection<TraceInput> inputs) {
        return inputs.stream().map(TraceInput::path).flatMap(Optional::stream).toList();
    }

    static List<String> problems(List<Output> outputs, Collection<Path> inputs) {
        List<String> problems = new ArrayList<>();
        Map<Object, Path> inputKeys = null;
        for (int i = 0; i < outputs.size(); i++) {
            Output output = outputs.get(i);
            Optional<Object> key = fileKey(output.path());
            if (key.isPresent()) {
                if (inputKeys == null) {
                    inputKeys = keys(inputs);
                }
                Path input = inputKeys.get(key.get());
                if (input != null) {
                    problems.add(output + ": " + sameFile(output.path(), input) + "; it would be overwritten:"
                            + " give another output file (nothing was written)");
                    continue;
                }
            }
            for (int j = 0; j < i; j++) {
                Output earlier = outputs.get(j);
                if (same(earlier.path(), output.path())) {
                    problems.add(output + ": is also " + earlier + "; each output needs a file of its own (nothing was"
                            + " written)");
                }
            }
        }
        return problems;
    }

    private static String sameFile(Path output, Path input) {
        if (output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            return "is one of the inputs";
        }
        return "is the input " + input + " (the same file under another name: a link)";
    }

    private static boolean special(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /** The identity of every input that is a regular file; the first path of each. */
    private static Map<Object, Path> keys(Collection<Path> inputs) {
        Map<Object, Path> keys = new HashMap<>();
        for (Path input : inputs) {
            fileKey(input).ifPresent(key -> keys.putIfAbsent(key, input));
        }
        return keys;
    }

    /**
     * The file system's identity of the regular file at {@code path} (links followed); empty when
     * there is none. A file system without identities (none of Linux's) gives its real path instead.
     */
    private static Optional<Object> fileKey(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(attributes.fileKey() != null ? attributes.fileKey() : path.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether two outputs lead to one file: the same existing file, or the same path once links are
     * followed. Not a device or FIFO: {@code --json /dev/null --junit /dev/null} throws both away.
     */
    private static boolean same(Path a, Path b) {
        if (special(a) || special(b)) {
            return false;
        }
        Optional<Object> keyA = fileKey(a);
        if (keyA.isPresent()) {
            return keyA.equals(fileKey(b));
        }
        try {
            return AtomicFile.destination(a).toAbsolutePath().normalize()
                    .equals(AtomicFile.destination(b).toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
