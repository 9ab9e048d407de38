package io.downtime.cli;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.AssumptionConflict;
import io.downtime.report.words.ClockWords;
import io.downtime.report.words.FoundNoteWords;
import io.downtime.report.words.InputProblemWords;
import io.downtime.run.FoundMigrations;
import io.downtime.run.FoundNote;
import io.downtime.run.LogInputs;
import io.downtime.run.LogLoader;
import io.downtime.run.MigrationFinder;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The options that say which migration of a pair of logs to read and how to align its clocks: a
 * picocli mixin for the commands that analyse the migrations of two logs ({@code report},
 * {@code replay}), which also reads them.
 */
final class MigrationLogs {
    @Option(names = "--run", paramLabel = "N", converter = OptionBounds.RunNumber.class,
            description = "Only the N-th migration when the logs hold several (analyzer report lists them).")
    Integer run;

    @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
            description = "The role of the first log, src or dst (the other log gets the other); default: from the events.")
    Role role;

    @Option(names = "--stderr", paramLabel = "FILE",
            description = "QEMU's stderr of a log, repeatable: the n-th belongs to the n-th log (default: NAME.stderr beside NAME.log).")
    List<String> stderr = new ArrayList<>();

    @Option(names = "--clock-offset", paramLabel = "DURATION", converter = ClockOffsetConverter.class,
            description = "The destination's clock minus the source's, when known from NTP/PTP: -169.3s, 250ms, 1200us.")
    Long clockOffset;

    @Mixin
    AlignmentArguments alignment;

    /**
     * The logs read, the migrations found, and those selected, aligned.
     *
     * @param located  the logs given, with their stderr files
     * @param problems inputs that could not be used: missing, unreadable, or holding no migration
     */
    record Selection(LogInputs.Located located, LogLoader.Loaded loaded, FoundMigrations found,
                     List<AlignedMigration> migrations, List<String> problems) {
        boolean clean() {
            return problems.isEmpty() && loaded.clean();
        }
    }

    /** Empty when nothing can be analysed: no log could be read, none holds a migration, or --run is beyond them (said on {@code err}). */
    Optional<Selection> select(List<String> paths, PrintWriter err) {
        LogInputs.Located located = LogInputs.locate(paths, stderr);
        List<String> problems = new ArrayList<>(InputProblemWords.all(located.problems()));
        problems.forEach(problem -> err.println("analyzer: " + problem));
        paths.stream().map(RunSetHint::of).flatMap(Optional::stream).forEach(hint -> err.println("analyzer: " + hint));
        if (located.logs().isEmpty()) {
            return Optional.empty();
        }
        LogLoader.Loaded loaded = LogLoader.load(located.logs(), diagnostic -> err.println(diagnostic));
        List<String> unread = InputProblemWords.all(loaded.problems());
        unread.forEach(problem -> err.println("analyzer: " + problem));
        problems.addAll(unread);
        FoundMigrations found = MigrationFinder.standard().find(loaded.logs(), Optional.ofNullable(role));
        if (found.migrations().isEmpty()) {
            found.notes().forEach(note -> err.println("analyzer: " + FoundNoteWords.note(note)));
            err.println("analyzer: no migration found in " + String.join(", ", paths));
            return Optional.empty();
        }
        // A log given for one host that holds nothing (empty, or not a trace at all) leaves the migration
        // half seen: the other log is still analysed, but the input is as unusable as an unreadable one.
        for (String empty : found.emptyLogs()) {
            String problem = FoundNoteWords.note(new FoundNote.NoMigration(empty));
            err.println("analyzer: " + problem);
            problems.add(problem);
        }
        List<MigrationPair> selected = found.migrations();
        if (run != null) {
            if (run < 1 || run > selected.size()) {
                err.println("analyzer: --run " + run + ": the logs hold " + selected.size() + " migration"
                        + (selected.size() == 1 ? "" : "s"));
                return Optional.empty();
            }
            selected = List.of(selected.get(run - 1));
        }
        AlignmentOptions options = alignment.alignment(
                clockOffset == null ? OptionalLong.empty() : OptionalLong.of(clockOffset));
        List<AlignedMigration> aligned = new ArrayList<>();
        boolean refused = false;
        for (MigrationPair pair : selected) {
            AlignedMigration migration = AlignedMigration.align(pair, options);
            for (AssumptionConflict conflict : migration.clock().conflicts()) {
                err.println("analyzer: " + (selected.size() > 1 ? "migration " + pair.index() + ": " : "")
                        + ClockWords.conflict(conflict));
                refused = true;
            }
            aligned.add(migration);
        }
        if (refused) {
            // Figures on an offset the trace rules out would be wrong (a negative blackout): none are made.
            return Optional.empty();
        }
        return Optional.of(new Selection(located, loaded, found, aligned, problems));
    }
}
