package io.downtime.runset;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a run set: each case's logs are located, read, split into runs and paired exactly as
 * {@code analyzer report} does, and each migration is aligned and analysed the same way; the cases
 * on every core, the result and the diagnostics in case order ({@link ParallelCases}).
 */
public final class RunSetLoader {
    private RunSetLoader() {
    }

    public static RunSet load(List<String> paths, RunSetOptions options, Consumer<Diagnostic> diagnostics) {
        RunSetInputs.Located located = RunSetInputs.locate(paths, options.label());
        List<CaseProblem> problems = new ArrayList<>(located.problems());
        List<CaseNote> notes = new ArrayList<>(located.skipped().stream().map(CaseNote.Skipped::new).toList());
        List<SetMigration> runs = new ArrayList<>();
        Map<String, LineAccounting> accounting = new LinkedHashMap<>();
        List<TraceInput> files = new ArrayList<>();
        List<CaseRuns> read = ParallelCases.read(located.cases(), (input, said) -> {
            CaseReader.Read one = CaseReader.read(input, options.alignment(), said);
            return new CaseRuns(one, runs(one));
        }, diagnostics);
        for (CaseRuns one : read) {
            problems.addAll(one.read().problems());
            one.read().notes().forEach(note -> notes.add(new CaseNote.Found(note)));
            accounting.putAll(one.read().accounting());
            files.addAll(one.read().files());
            runs.addAll(one.runs());
        }
        return new RunSet(located.cases(), runs, accounting, notes, problems, files);
    }

    /** One case read, and its migrations analysed. */
    private record CaseRuns(CaseReader.Read read, List<SetMigration> runs) {
    }

    /** The migrations of one case read, each analysed as {@code analyzer report} analyses it: what a run set holds. */
    public static List<SetMigration> runs(CaseReader.Read read) {
        List<SetMigration> runs = new ArrayList<>();
        for (CaseReader.Migration migration : read.migrations()) {
            MigrationAnalysis analysis = MigrationAnalysis.of(migration.aligned());
            runs.add(new SetMigration(migration.ref(), analysis, RunFigures.of(migration.ref(), analysis),
                    inputsOf(migration.pair(), read.accounting())));
        }
        return runs;
    }

    private static Map<String, LineAccounting> inputsOf(MigrationPair pair, Map<String, LineAccounting> accounting) {
        Map<String, LineAccounting> inputs = new LinkedHashMap<>();
        for (Optional<Run> run : List.of(pair.source(), pair.destination())) {
            run.ifPresent(r -> r.inputs().forEach(name -> {
                LineAccounting lines = accounting.get(name);
                if (lines != null) {
                    inputs.put(name, lines);
                }
            }));
        }
        return inputs;
    }
}
