package io.downtime.runset;

import io.downtime.run.InputProblem;
import io.downtime.run.LogInputs;
import io.downtime.trace.FileKind;
import io.downtime.trace.FileNames;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Finds the migration cases under the paths of a run set.
 *
 * <ul>
 *   <li>a directory: every directory at any depth below it (itself included) that holds
 *       {@code src.log} or {@code dst.log} (each optionally {@code .gz}), or else exactly two logs
 *       (the two hosts' libvirt domain logs, say) and no case below it, is one case, read as
 *       {@code analyzer report} reads a directory; when there is none, the directory itself is one
 *       case (its one or two logs);</li>
 *   <li>{@code SRC,DST}: an explicit pair, two logs joined by a comma (a path that exists as
 *       written is taken as one file, commas and all);</li>
 *   <li>a file: one case of that one log (its migrations have one host only, unless the log holds
 *       both processes, as a SystemTap log can).</li>
 * </ul>
 *
 * <p>Cases are listed in path order, so a run set reads the same on every machine.
 */
public final class RunSetInputs {

    /**
     * @param cases    the cases found, in the order of the paths and then of the directories
     * @param problems each path that cannot be used ({@code CaseProblem.Input}, {@code CaseProblem.SetPath}), naming it
     * @param skipped  the directories that hold logs but were not read, in path order
     */
    public record Located(List<CaseInput> cases, List<CaseProblem> problems, List<SkippedDirectory> skipped) {
        public Located {
            cases = List.copyOf(cases);
            problems = List.copyOf(problems);
            skipped = List.copyOf(skipped);
        }
    }

    private RunSetInputs() {
    }

    /** @param label the label of every case; empty to label each by the name of the path it was found under */
    public static Located locate(List<String> paths, Optional<String> label) {
        List<CaseInput> cases = new ArrayList<>();
        List<CaseProblem> problems = new ArrayList<>();
        List<SkippedDirectory> skipped = new ArrayList<>();
        for (String argument : paths) {
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                problems.add(new CaseProblem.Input(new InputProblem.Unnamable(argument)));
                continue;
            }
            if (Files.isDirectory(path)) {
                directory(path, label, cases, problems, skipped);
            } else if (Files.exists(path)) {
                file(argument, path, label, cases, problems);
            } else if (argument.contains(",")) {
                pair(argument, label, cases, problems);
            } else {
                problems.add(new CaseProblem.Input(new InputProblem.Missing(argument)));
            }
        }
        return new Located(unique(cases), problems, skipped);
    }

    /**
     * Case names must tell the cases apart (they name JUnit test cases): two cases of one name (the
     * same relative directory under two given paths) are named by their paths as given, and a case
     * given twice is numbered.
     */
    private static List<CaseInput> unique(List<CaseInput> cases) {
        Map<String, Long> counts = cases.stream().collect(Collectors.groupingBy(CaseInput::name, Collectors.counting()));
        List<CaseInput> renamed = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (CaseInput input : cases) {
            String name = counts.get(input.name()) > 1
                    ? input.paths().stream().map(FileNames::of).collect(Collectors.joining(",")) : input.name();
            String unique = name;
            for (int n = 2; !taken.add(unique); n++) {
                unique = name + " (" + n + ")";
            }
            renamed.add(new CaseInput(input.label(), unique, input.paths()));
        }
        return renamed;
    }

    private static void directory(Path root, Optional<String> label, List<CaseInput> cases, List<CaseProblem> problems,
                                  List<SkippedDirectory> notRead) {
        String rootLabel = label.orElse(nameOf(root));
        List<Path> found = new ArrayList<>();
        List<Path> twoLogs = new ArrayList<>();
        Map<Path, SkippedDirectory> skipped = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            // Anything under a case log's name makes a case, a broken one (a dangling
                            // link, a directory, a FIFO) too: reading it says what is wrong with it.
                            if (LogInputs.hasCaseLogNames(dir)) {
                                found.add(dir);
                            } else {
                                // Two logs are the two hosts' (libvirt domain logs, say), read as report
                                // reads such a directory; one, or three and more, cannot be told apart.
                                int logs = countLogs(dir);
                                if (logs == 2) {
                                    twoLogs.add(dir);
                                } else if (logs > 0) {
                                    skipped.put(dir, new SkippedDirectory.NoHostLogs(dir, logs));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A loop of symbolic links or an unreadable directory: say so, search the rest.
                            problems.add(new CaseProblem.SetPath(searchFailed(FileNames.of(file), e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new CaseProblem.SetPath(searchFailed(FileNames.of(root), e)));
            return;
        }
        // Two logs in a directory with cases below it are more likely its own odds and ends (a build
        // log, notes) than a migration: named, not read.
        for (Path dir : twoLogs) {
            boolean casesBelow = java.util.stream.Stream.concat(found.stream(), twoLogs.stream())
                    .anyMatch(other -> !other.equals(dir) && other.startsWith(dir));
            if (casesBelow) {
                skipped.put(dir, new SkippedDirectory.BesideCases(dir));
            } else {
                found.add(dir);
            }
        }
        if (found.isEmpty()) {
            cases.add(new CaseInput(rootLabel, nameOf(root), List.of(root)));
            return;
        }
        found.sort(Path::compareTo);
        notRead.addAll(skipped.values());
        Path base = root.toAbsolutePath().normalize().getParent();
        for (Path dir : found) {
            Path absolute = dir.toAbsolutePath().normalize();
            // Each name as it is: a backslash in a directory's name is part of it, not a separator.
            String name = base == null ? FileNames.of(absolute)
                    : StreamSupport.stream(base.relativize(absolute).spliterator(), false)
                            .map(FileNames::of).collect(Collectors.joining("/"));
            cases.add(new CaseInput(rootLabel, name, List.of(dir)));
        }
    }

    private static void file(String argument, Path path, Optional<String> label, List<CaseInput> cases,
                             List<CaseProblem> problems) {
        if (!Files.isReadable(path)) {
            problems.add(new CaseProblem.Input(new InputProblem.NotReadable(argument)));
            return;
        }
        cases.add(new CaseInput(label.orElse(parentName(path)), argument, List.of(path)));
    }

    private static void pair(String argument, Optional<String> label, List<CaseInput> cases,
                             List<CaseProblem> problems) {
        String[] parts = argument.split(",", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            problems.add(new CaseProblem.SetPath(new PathProblem.NotAPair(argument)));
            return;
        }
        boolean usable = true;
        for (String part : parts) {
            Path file = Path.of(part);
            // Named on the command line, a FIFO or <(command) is read, once, as a file is.
            FileKind kind = FileKind.of(file);
            if (kind == FileKind.MISSING || kind == FileKind.DANGLING_LINK) {
                problems.add(new CaseProblem.SetPath(new PathProblem.PairPartMissing(argument, part)));
                usable = false;
            } else if (kind == FileKind.DIRECTORY) {
                problems.add(new CaseProblem.SetPath(new PathProblem.PairPartDirectory(argument, part)));
                usable = false;
            } else if (!Files.isReadable(file)) {
                problems.add(new CaseProblem.SetPath(new PathProblem.PairPartNotReadable(argument, part)));
                usable = false;
            }
        }
        if (usable) {
            cases.add(new CaseInput(label.orElse(parentName(Path.of(parts[0]))), argument,
                    List.of(Path.of(parts[0]), Path.of(parts[1]))));
        }
    }

    /** How many logs analyzer report would take from {@code dir}, were it given (0 when it cannot be listed). */
    private static int countLogs(Path dir) {
        try {
            return LogInputs.logFiles(dir).size();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String nameOf(Path directory) {
        return FileNames.nameOf(directory.toAbsolutePath().normalize());
    }

    private static String parentName(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? "/" : nameOf(parent);
    }

    private static PathProblem searchFailed(String directory, IOException e) {
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return new PathProblem.LinkLoop(directory);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new PathProblem.SearchDenied(directory);
        }
        return new PathProblem.CannotSearch(directory, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
