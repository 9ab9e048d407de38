package io.downtime.runset;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.run.FoundMigrations;
import io.downtime.run.FoundNote;
import io.downtime.run.LogInputs;
import io.downtime.run.LogLoader;
import io.downtime.run.MigrationFinder;
import io.downtime.run.MigrationPair;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one case of a run set as {@code analyzer report} reads its logs: located, read, split into
 * runs, paired, each migration aligned. The one place where {@code runs}, {@code compare},
 * {@code gate}, {@code baseline} and {@code sweep} turn a case into migrations.
 */
public final class CaseReader {
    private CaseReader() {
    }

    /** One migration of the case, aligned, with its name in the run set. */
    public record Migration(RunRef ref, MigrationPair pair, AlignedMigration aligned) {
    }

    /**
     * @param migrations the case's migrations in order (none when its logs hold none)
     * @param accounting where every line of the case's inputs went, by input name
     * @param notes      what the finding of migrations did not use (failed starts, runs without a role, ...)
     * @param problems   what could not be used, naming the case, the file or the migration
     * @param files      the files found to read (logs and QEMU's stderr beside them), whether or not they could be
     */
    public record Read(CaseInput input, List<Migration> migrations, Map<String, LineAccounting> accounting,
                       List<FoundNote> notes, List<CaseProblem> problems, List<TraceInput> files) {
        public Read {
            files = List.copyOf(files);
            migrations = List.copyOf(migrations);
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
        }
    }

    public static Read read(CaseInput input, AlignmentOptions alignment, Consumer<Diagnostic> diagnostics) {
        return read(input, LogInputs.locateFound(input.paths()), alignment, diagnostics);
    }

    /**
     * As {@link #read(CaseInput, AlignmentOptions, Consumer)}, the logs located already: the fleet job names
     * each input by the URI it was fetched from, not by the local copy it reads.
     */
    public static Read read(CaseInput input, LogInputs.Located logs, AlignmentOptions alignment,
                            Consumer<Diagnostic> diagnostics) {
        List<CaseProblem> problems = new ArrayList<>();
        List<FoundNote> notes = new ArrayList<>();
        logs.problems().forEach(problem -> problems.add(new CaseProblem.Input(problem)));
        List<TraceInput> files = logs.files();
        if (logs.logs().isEmpty()) {
            return new Read(input, List.of(), Map.of(), notes, problems, files);
        }
        LogLoader.Loaded loaded = LogLoader.load(logs.logs(), diagnostics);
        loaded.problems().forEach(problem -> problems.add(new CaseProblem.Input(problem)));
        FoundMigrations found = MigrationFinder.standard().find(loaded.logs(), Optional.empty());
        notes.addAll(found.notes());
        if (found.migrations().isEmpty()) {
            problems.add(new CaseProblem.NoMigration(input.name()));
        } else {
            // As for analyzer report: a log of the case that holds nothing (empty, not a trace) leaves its
            // migration half seen, a problem as an unreadable log is, not a note.
            for (String empty : found.emptyLogs()) {
                notes.remove(new FoundNote.NoMigration(empty));
                problems.add(new CaseProblem.EmptyLog(input.name(), empty));
            }
        }
        List<Migration> migrations = new ArrayList<>();
        for (MigrationPair pair : found.migrations()) {
            RunRef ref = new RunRef(input.label(), input.name(), pair.index(), found.migrations().size());
            AlignedMigration aligned = AlignedMigration.align(pair, alignment);
            if (!aligned.clock().conflicts().isEmpty()) {
                // An assumption the trace rules out would make its figures wrong: the migration is left out, said so.
                aligned.clock().conflicts().forEach(conflict -> problems.add(new CaseProblem.Refused(ref, conflict)));
                continue;
            }
            migrations.add(new Migration(ref, pair, aligned));
        }
        return new Read(input, migrations, loaded.accounting(), notes, problems, files);
    }
}
