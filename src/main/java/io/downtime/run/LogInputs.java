package io.downtime.run;

import io.downtime.trace.FileKind;
import io.downtime.trace.FileNames;
import io.downtime.trace.TraceInput;
import io.downtime.trace.TraceInputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the logs of a migration from command-line paths, and QEMU's stderr files beside them.
 *
 * <ul>
 *   <li>a directory: its {@code src.log} and {@code dst.log} (each optionally {@code .gz}), with the
 *       logs of further attempts beside them ({@code src-2.log}, {@code dst-2.log}, ..., in number order:
 *       a source that retried to a fresh destination); failing those, the one or two logs ({@code *.log},
 *       {@code *.trace}, optionally {@code .gz}) directly in it;</li>
 *   <li>files (or {@code -} for standard input): the logs, in the order given;</li>
 *   <li>beside a log {@code NAME.log} (or {@code .trace}, each optionally {@code .gz}): {@code NAME.stderr}
 *       or {@code NAME.stderr.gz}, unless {@code --stderr} names the files (the n-th for the n-th log).</li>
 * </ul>
 */
public final class LogInputs {
    private static final List<String> CASE_LOG_NAMES = List.of("src.log", "src.log.gz", "dst.log", "dst.log.gz");

    /** One host's log and its stderr files. */
    public record LogInput(TraceInput log, List<TraceInput> stderr) {
        public LogInput {
            stderr = List.copyOf(stderr);
        }
    }

    /**
     * @param logs     what can be read
     * @param problems one per path that cannot be used, naming it
     */
    public record Located(List<LogInput> logs, List<InputProblem> problems) {
        public Located {
            logs = List.copyOf(logs);
            problems = List.copyOf(problems);
        }

        /** Every file to read: each log, then its stderr files. */
        public List<TraceInput> files() {
            List<TraceInput> files = new ArrayList<>();
            for (LogInput input : logs) {
                files.add(input.log());
                files.addAll(input.stderr());
            }
            return files;
        }
    }

    private LogInputs() {
    }

    /** The logs of command-line paths ({@code -} for standard input), each with its stderr files. */
    public static Located locate(List<String> paths, List<String> stderrPaths) {
        List<InputProblem> problems = new ArrayList<>();
        List<TraceInput> logs = new ArrayList<>();
        for (String argument : paths) {
            if (argument.equals("-")) {
                logs.add(TraceInput.standardInput());
                continue;
            }
            try {
                add(Path.of(argument), argument, logs, problems);
            } catch (InvalidPathException e) {
                problems.add(new InputProblem.Unnamable(argument));
            }
        }
        return withStderr(logs, stderrPaths, problems);
    }

    /**
     * The logs of paths found, not typed (a run set's case: its directory, or its files): kept as
     * paths, since a name that is not UTF-8 cannot be turned back into its file.
     */
    public static Located locateFound(List<Path> paths) {
        List<InputProblem> problems = new ArrayList<>();
        List<TraceInput> logs = new ArrayList<>();
        for (Path path : paths) {
            add(path, FileNames.of(path), logs, problems);
        }
        return withStderr(logs, List.of(), problems);
    }

    private static void add(Path path, String shown, List<TraceInput> logs, List<InputProblem> problems) {
        if (Files.isDirectory(path)) {
            logs.addAll(logsIn(path, problems));
        } else if (!Files.exists(path)) {
            problems.add(new InputProblem.Missing(shown));
        } else if (!Files.isReadable(path)) {
            problems.add(new InputProblem.NotReadable(shown));
        } else {
            logs.add(TraceInput.file(path));
        }
    }

    private static Located withStderr(List<TraceInput> logs, List<String> stderrPaths, List<InputProblem> problems) {
        if (stderrPaths.size() > logs.size()) {
            problems.add(new InputProblem.StderrBeyondLogs(stderrPaths.size(), logs.size()));
        }
        List<LogInput> located = new ArrayList<>();
        for (int i = 0; i < logs.size(); i++) {
            TraceInput log = logs.get(i);
            List<TraceInput> stderr = new ArrayList<>();
            if (i < stderrPaths.size()) {
                Path given = Path.of(stderrPaths.get(i));
                if (Files.isReadable(given) && !Files.isDirectory(given)) {
                    stderr.add(TraceInput.file(given));
                } else {
                    problems.add(new InputProblem.StderrNotReadable(stderrPaths.get(i)));
                }
            } else {
                log.path().flatMap(LogInputs::stderrBeside).ifPresent(path -> stderr.add(TraceInput.file(path)));
            }
            located.add(new LogInput(log, stderr));
        }
        return new Located(located, problems);
    }

    private static List<TraceInput> logsIn(Path directory, List<InputProblem> problems) {
        Optional<Path> src = caseLog(directory, "src.log", problems);
        Optional<Path> dst = caseLog(directory, "dst.log", problems);
        if (src.isPresent() || dst.isPresent() || hasCaseLogNames(directory)) {
            List<TraceInput> pair = new ArrayList<>();
            src.ifPresent(path -> pair.add(TraceInput.file(path)));
            attempts(directory, "src", problems).forEach(path -> pair.add(TraceInput.file(path)));
            dst.ifPresent(path -> pair.add(TraceInput.file(path)));
            attempts(directory, "dst", problems).forEach(path -> pair.add(TraceInput.file(path)));
            return pair;
        }
        List<Path> found;
        try {
            found = logFiles(directory);
        } catch (IOException e) {
            problems.add(new InputProblem.CannotList(FileNames.of(directory), e.getMessage()));
            return List.of();
        }
        if (found.isEmpty() || found.size() > 2) {
            problems.add(new InputProblem.NotOneOrTwoLogs(FileNames.of(directory), found.size()));
            return List.of();
        }
        return found.stream().map(TraceInput::file).toList();
    }

    /**
     * The files of {@code directory} its logs are taken from when it has no src.log or dst.log: trace
     * files ({@link TraceInputs#isTraceFileName}), not QEMU's stderr, in name order.
     */
    public static List<Path> logFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> isLogName(path.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isLogName(String name) {
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return TraceInputs.isTraceFileName(name) && !base.endsWith(".stderr");
    }

    /** {@code HOST-N.log} (optionally {@code .gz}) for N from 2, in number order: the logs of later attempts. */
    private static List<Path> attempts(Path directory, String host, List<InputProblem> problems) {
        Pattern name = Pattern.compile(Pattern.quote(host) + "-([0-9]{1,9})\\.log(\\.gz)?");
        TreeMap<Integer, Path> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).forEach(path -> {
                Matcher matcher = name.matcher(path.getFileName().toString());
                if (matcher.matches() && Integer.parseInt(matcher.group(1)) >= 2) {
                    found.putIfAbsent(Integer.parseInt(matcher.group(1)), path);
                }
            });
        } catch (IOException e) {
            // Named by toString, not FileNames, as before the record: the same bytes for every name.
            problems.add(new InputProblem.CannotList(directory.toString(), e.getMessage()));
        }
        return List.copyOf(found.values());
    }

    private static Optional<Path> stderrBeside(Path log) {
        for (String candidate : stderrNames(log.getFileName().toString())) {
            Path path = log.resolveSibling(candidate);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /**
     * The names QEMU's stderr file of the log named {@code logName} may have beside it, the first found
     * taken: {@code NAME.stderr}, then {@code NAME.stderr.gz} for {@code NAME.log} (or {@code .trace},
     * each optionally {@code .gz}); none for a name without an extension or that is a stderr file itself.
     */
    public static List<String> stderrNames(String logName) {
        String base = logName.endsWith(".gz") ? logName.substring(0, logName.length() - 3) : logName;
        int dot = base.lastIndexOf('.');
        if (dot <= 0 || base.endsWith(".stderr")) {
            return List.of();
        }
        String stderr = base.substring(0, dot) + ".stderr";
        return List.of(stderr, stderr + ".gz");
    }

    /**
     * A directory's {@code NAME} or {@code NAME.gz}: the first that is a regular file. Anything else
     * under those names (a dangling link, a directory, a FIFO) is a problem, never a log quietly
     * missing: the case would be listed as half a migration with nothing said.
     */
    private static Optional<Path> caseLog(Path directory, String name, List<InputProblem> problems) {
        Optional<Path> log = Optional.empty();
        for (String candidate : List.of(name, name + ".gz")) {
            Path path = directory.resolve(candidate);
            FileKind kind = FileKind.of(path);
            if (kind == FileKind.REGULAR) {
                log = log.or(() -> Optional.of(path));
            } else if (FileKind.present(path)) {
                problems.add(new InputProblem.NotARegularLog(FileNames.of(path), kind));
            }
        }
        return log;
    }

    /** Whether anything at all, a dangling link included, is named src.log or dst.log (optionally .gz) in {@code directory}. */
    public static boolean hasCaseLogNames(Path directory) {
        return CASE_LOG_NAMES.stream().anyMatch(name -> FileKind.present(directory.resolve(name)));
    }
}
