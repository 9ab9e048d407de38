package io.downtime.runset;

import io.downtime.blackout.BlackoutAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Estimate;
import io.downtime.run.FoundNote;
import io.downtime.strict.Policy;
import io.downtime.strict.PreparedRun;
import io.downtime.strict.ReplayOptions;
import io.downtime.strict.Switchover;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;
import io.downtime.why.Decisions;
import io.downtime.why.Prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a sweep's corpus: the run set under the given paths, found and read as {@code analyzer runs}
 * finds and reads it ({@link RunSetInputs}, {@link CaseReader}), but each migration reduced at once to
 * what the policies need, so that memory holds summaries, not events. The cases are read in parallel;
 * the result and the diagnostics are in case order whatever the scheduling ({@link ParallelCases}).
 */
public final class SweepCorpus {

    /**
     * @param runs     every migration found, prepared, in case order
     * @param cases    how many cases were read
     * @param lines    the lines read over every input
     * @param rejected the lines rejected (each reported to the diagnostics consumer)
     * @param notes    what was found and skipped
     * @param problems each path, case or migration that could not be used
     * @param files    every file found to read, case by case
     */
    public record Loaded(List<PreparedRun> runs, int cases, long lines, long rejected, List<CaseNote> notes,
                         List<CaseProblem> problems, List<TraceInput> files) {
        public Loaded {
            files = List.copyOf(files);
            runs = List.copyOf(runs);
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
        }
    }

    private record CaseResult(List<PreparedRun> runs, long lines, long rejected, List<FoundNote> notes,
                              List<CaseProblem> problems, List<TraceInput> files) {
    }

    private SweepCorpus() {
    }

    public static Loaded load(List<String> paths, AlignmentOptions alignment, List<Policy> policies,
                              ReplayOptions options, Consumer<Diagnostic> diagnostics) {
        RunSetInputs.Located located = RunSetInputs.locate(paths, Optional.empty());
        List<CaseResult> results = ParallelCases.read(located.cases(),
                (input, said) -> prepare(CaseReader.read(input, alignment, said), policies, options), diagnostics);
        List<PreparedRun> runs = new ArrayList<>();
        List<CaseNote> notes = new ArrayList<>(located.skipped().stream().map(CaseNote.Skipped::new).toList());
        List<CaseProblem> problems = new ArrayList<>(located.problems());
        List<TraceInput> files = new ArrayList<>();
        long lines = 0;
        long rejected = 0;
        for (CaseResult result : results) {
            runs.addAll(result.runs());
            lines += result.lines();
            rejected += result.rejected();
            result.notes().forEach(note -> notes.add(new CaseNote.Found(note)));
            problems.addAll(result.problems());
            files.addAll(result.files());
        }
        return new Loaded(runs, located.cases().size(), lines, rejected, notes, problems, files);
    }

    /** The prediction error as the report computes it (docs/why.md); no limit is needed for it. */
    private static Optional<Estimate> predictionError(AlignedMigration migration) {
        return Prediction.error(BlackoutAnalysis.of(migration).guestStopped(),
                Decisions.of(migration.pair(), Optional.empty()).expectedDowntimeMicros().value());
    }

    private static CaseResult prepare(CaseReader.Read read, List<Policy> policies, ReplayOptions options) {
        List<PreparedRun> runs = new ArrayList<>();
        for (CaseReader.Migration migration : read.migrations()) {
            runs.add(PreparedRun.of(migration.ref().name(), Switchover.of(migration.aligned()), policies, options,
                    predictionError(migration.aligned())));
        }
        long lines = read.accounting().values().stream().mapToLong(LineAccounting::lines).sum();
        long rejected = read.accounting().values().stream().mapToLong(a -> a.rejected() + a.readFailures()).sum();
        return new CaseResult(runs, lines, rejected, read.notes(), read.problems(), read.files());
    }
}
