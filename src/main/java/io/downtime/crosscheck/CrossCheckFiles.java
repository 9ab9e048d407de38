package io.downtime.crosscheck;

import io.downtime.trace.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads the reports to cross-check a migration with: the files named with
 * {@code --domjobinfo}, {@code --query-migrate} and {@code --info-migrate}, or, when none is named,
 * the {@code virsh domjobinfo} outputs saved beside the logs ({@code *domjobinfo*.txt} in a log's
 * directory: what an operator saves next to the domain logs of a post-mortem).
 */
public final class CrossCheckFiles {

    /**
     * @param inputs      the reports read, in the order named (or by file name when picked up)
     * @param diagnostics lines or values of those reports that could not be read
     * @param problems    files that could not be read at all, one sentence each
     * @param files       the files named or found, read or not
     */
    public record Loaded(List<CrossCheckInput> inputs, List<Diagnostic> diagnostics, List<String> problems,
                         List<Path> files) {
        public Loaded {
            files = List.copyOf(files);
            inputs = List.copyOf(inputs);
            diagnostics = List.copyOf(diagnostics);
            problems = List.copyOf(problems);
        }
    }

    private CrossCheckFiles() {
    }

    /**
     * @param logDirectories the directories of the logs, searched only when no report is named
     */
    public static Loaded load(List<String> domjobinfo, List<String> queryMigrate, List<String> infoMigrate,
                              List<Path> logDirectories) {
        List<CrossCheckInput> inputs = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> files;
        boolean named = !domjobinfo.isEmpty() || !queryMigrate.isEmpty() || !infoMigrate.isEmpty();
        if (named) {
            files = Stream.of(domjobinfo, queryMigrate, infoMigrate).flatMap(List::stream).map(Path::of).toList();
            domjobinfo.forEach(file -> read(Path.of(file), FigureSource.VIRSH_DOMJOBINFO, false, inputs, diagnostics, problems));
            queryMigrate.forEach(file -> read(Path.of(file), FigureSource.QMP_QUERY_MIGRATE, false, inputs, diagnostics, problems));
            infoMigrate.forEach(file -> read(Path.of(file), FigureSource.HMP_INFO_MIGRATE, false, inputs, diagnostics, problems));
        } else {
            files = besideTheLogs(logDirectories, problems);
            for (Path file : files) {
                read(file, FigureSource.VIRSH_DOMJOBINFO, true, inputs, diagnostics, problems);
            }
            // The source's report first, as the report's header names the source first.
            inputs.sort(Comparator.comparingInt(input -> input.report().direction()
                    .map(direction -> direction == MigrationDirection.OUTGOING ? 0 : 1).orElse(2)));
        }
        return new Loaded(inputs, diagnostics, problems, files);
    }

    /** {@code *domjobinfo*.txt} in the logs' directories, each file once, sorted by name within a directory. */
    static List<Path> besideTheLogs(List<Path> directories, List<String> problems) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path directory : new LinkedHashSet<>(directories)) {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(Files::isRegularFile)
                        .filter(path -> isDomJobInfoName(path.getFileName().toString()))
                        .sorted()
                        .forEach(found::add);
            } catch (IOException e) {
                problems.add(directory + ": cannot look for domjobinfo files: " + e.getMessage());
            }
        }
        return List.copyOf(found);
    }

    static boolean isDomJobInfoName(String name) {
        return name.contains("domjobinfo") && name.endsWith(".txt");
    }

    private static void read(Path file, FigureSource source, boolean beside, List<CrossCheckInput> inputs,
                             List<Diagnostic> diagnostics, List<String> problems) {
        // Not only regular files: <(virsh domjobinfo ...) is a pipe, read once like one.
        if (Files.isDirectory(file) || !Files.isReadable(file)) {
            problems.add(file + ": not a readable file");
            return;
        }
        try {
            ToolReportReading read = switch (source) {
                case VIRSH_DOMJOBINFO -> new DomJobInfoReader().read(file);
                case QMP_QUERY_MIGRATE -> new QueryMigrateReader().read(file);
                case HMP_INFO_MIGRATE -> new InfoMigrateReader().read(file);
            };
            diagnostics.addAll(read.diagnostics());
            inputs.add(new CrossCheckInput(read.report(), beside));
        } catch (IOException e) {
            problems.add(file + ": cannot read: " + e.getMessage());
        }
    }
}
