package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.run.FoundMigrations;
import io.downtime.run.LogInputs;
import io.downtime.run.LogLoader;
import io.downtime.run.MigrationFinder;
import io.downtime.run.MigrationPair;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a sweep's corpus: every case directory under the given paths (nested), each migration of each
 * case reduced at once to what the policies need, so that memory holds summaries, not events. The
 * cases are read in parallel; the result is in path order whatever the scheduling.
 *
 * <p>A case directory holds {@code src.log} and/or {@code dst.log} (optionally {@code .gz}), or one or
 * two other logs ({@code *.log}, {@code *.trace}), as {@code analyzer report DIR} reads it.
 */
public final class SweepCorpus {

    /**
     * @param runs     every migration found, prepared, in case order
     * @param cases    the case directories read
     * @param lines    the lines read over every input
     * @param rejected the lines rejected (each reported to the diagnostics consumer)
     * @param problems one sentence per path or case that could not be used
     */
    public record Loaded(List<PreparedRun> runs, int cases, long lines, long rejected, List<String> problems) {
        public Loaded {
            runs = List.copyOf(runs);
            problems = List.copyOf(problems);
        }
    }

    private record CaseResult(List<PreparedRun> runs, long lines, long rejected, List<String> problems) {
    }

    private SweepCorpus() {
    }

    public static Loaded load(List<Path> roots, List<Policy> policies, ReplayOptions options,
                              Consumer<Diagnostic> diagnostics) {
        List<String> problems = new ArrayList<>();
        List<Path> cases = cases(roots, problems);
        Consumer<Diagnostic> shared = diagnostic -> {
            synchronized (diagnostics) {
                diagnostics.accept(diagnostic);
            }
        };
        List<CaseResult> results = cases.parallelStream().map(dir -> read(dir, policies, options, shared)).toList();
        List<PreparedRun> runs = new ArrayList<>();
        long lines = 0;
        long rejected = 0;
        for (CaseResult result : results) {
            runs.addAll(result.runs());
            lines += result.lines();
            rejected += result.rejected();
            problems.addAll(result.problems());
        }
        return new Loaded(runs, cases.size(), lines, rejected, problems);
    }

    /** The case directories under the roots, in path order. */
    public static List<Path> cases(List<Path> roots, List<String> problems) {
        List<Path> cases = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                problems.add(root + ": " + (Files.exists(root) ? "not a directory (give directories of cases)"
                        : "no such directory"));
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString))
                        .filter(dir -> isCase(dir, problems)).forEach(cases::add);
            } catch (IOException e) {
                problems.add(root + ": cannot list: " + e.getMessage());
            }
        }
        if (cases.isEmpty() && problems.isEmpty()) {
            problems.add("no case directory (src.log and dst.log, or one or two logs) under " + roots);
        }
        return cases;
    }

    private static boolean isCase(Path dir, List<String> problems) {
        List<String> logs;
        try (Stream<Path> files = Files.list(dir)) {
            logs = files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> TraceInputs.isTraceFileName(name) && !stripGz(name).endsWith(".stderr")).toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot list: " + e.getMessage());
            return false;
        }
        boolean pair = logs.stream().map(SweepCorpus::stripGz).anyMatch(name -> name.equals("src.log") || name.equals("dst.log"));
        if (pair || logs.size() == 1 || logs.size() == 2) {
            return true;
        }
        if (logs.size() > 2) {
            problems.add(dir + ": skipped, " + logs.size() + " logs and no src.log/dst.log");
        }
        return false;
    }

    private static CaseResult read(Path dir, List<Policy> policies, ReplayOptions options,
                                   Consumer<Diagnostic> diagnostics) {
        List<String> problems = new ArrayList<>();
        LogInputs.Located located = LogInputs.locate(List.of(dir.toString()), List.of());
        problems.addAll(located.problems());
        LogLoader.Loaded loaded = LogLoader.load(located.logs(), diagnostics);
        problems.addAll(loaded.problems());
        long lines = loaded.accounting().values().stream().mapToLong(LineAccounting::lines).sum();
        long rejected = loaded.accounting().values().stream().mapToLong(a -> a.rejected() + a.readFailures()).sum();
        FoundMigrations found = MigrationFinder.standard().find(loaded.logs(), Optional.empty());
        if (found.migrations().isEmpty()) {
            problems.add(dir + ": no migration found");
        }
        List<PreparedRun> runs = new ArrayList<>();
        for (MigrationPair pair : found.migrations()) {
            String name = dir + (found.migrations().size() > 1 ? " migration " + pair.index() : "");
            Switchover switchover = Switchover.of(AlignedMigration.align(pair, AlignmentOptions.automatic()));
            runs.add(PreparedRun.of(name, switchover, policies, options));
        }
        return new CaseResult(runs, lines, rejected, problems);
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
