package io.downtime.cli;

import io.downtime.report.words.ProblemWords;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of the commands that read one run set ({@code runs}, {@code gate}, {@code baseline}):
 * its paths and the clock-alignment options of all its migrations. Each command names {@code --label}
 * in its own words.
 */
final class RunSetArguments {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = RunSetPaths.DESCRIPTION)
    List<String> paths;

    @Mixin
    AlignmentArguments alignment;

    /** The run set of the paths, every migration labelled {@code label} when given. */
    RunSet load(Optional<String> label, PrintWriter err) {
        return load(paths, alignment.options(label), err);
    }

    /** "no migration found in" the paths, as given. */
    String noMigration() {
        return "no migration found in " + String.join(", ", paths);
    }

    /**
     * Reads a run set as every run-set command does: rejected lines go to {@code err} as
     * {@code file:line:column: message}, then each input that could not be used.
     */
    static RunSet load(List<String> paths, RunSetOptions options, PrintWriter err) {
        RunSet set = RunSetLoader.load(paths, options, diagnostic -> err.println(diagnostic));
        set.problems().forEach(problem -> err.println("analyzer: " + ProblemWords.problem(problem)));
        return set;
    }

    /** What was left aside (a directory without src.log and dst.log, a run without role), as notes on {@code err}. */
    static void notes(RunSet set, PrintWriter err) {
        set.notes().forEach(note -> err.println("analyzer: note: " + ProblemWords.note(note)));
    }
}
