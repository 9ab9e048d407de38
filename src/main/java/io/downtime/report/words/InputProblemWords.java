package io.downtime.report.words;

import io.downtime.run.InputProblem;
import io.downtime.trace.TraceInputs;

import java.util.List;

/**
 * The sentences of why a migration's log cannot be used ({@code run/InputProblem}), as {@code analyzer report},
 * {@code replay}, a run set's outputs and the fleet's problems table say them: each begins with the path.
 */
public final class InputProblemWords {
    private InputProblemWords() {
    }

    /** {@code runs/a: expected src.log and dst.log (optionally .gz), or one or two logs; found none}, ... */
    public static String problem(InputProblem problem) {
        if (problem instanceof InputProblem.Unnamable unnamable) {
            return TraceInputs.unnamable(unnamable.input());
        }
        if (problem instanceof InputProblem.Missing missing) {
            return TraceInputs.missing(missing.input());
        }
        if (problem instanceof InputProblem.NotReadable unreadable) {
            return unreadable.input() + ": not readable (permission denied)";
        }
        if (problem instanceof InputProblem.StderrBeyondLogs beyond) {
            return "--stderr given " + beyond.given() + " times for " + beyond.logs()
                    + " logs: the n-th --stderr belongs to the n-th log";
        }
        if (problem instanceof InputProblem.StderrNotReadable stderr) {
            return stderr.input() + ": not a readable file";
        }
        if (problem instanceof InputProblem.CannotList list) {
            return list.input() + ": cannot list directory: " + list.reason();
        }
        if (problem instanceof InputProblem.NotOneOrTwoLogs logs) {
            return logs.input() + ": expected src.log and dst.log (optionally .gz), or one or two logs; found "
                    + (logs.logs() == 0 ? "none" : logs.logs() + " logs: name the two to use");
        }
        if (problem instanceof InputProblem.NotARegularLog log) {
            return log.input() + ": " + log.kind().notReadInADirectory();
        }
        if (problem instanceof InputProblem.CannotOpen open) {
            return open.input() + ": cannot open: " + open.reason();
        }
        if (problem instanceof InputProblem.EventsCapped capped) {
            return capped.input() + ": only its first " + capped.kept() + " understood events were kept, up to line "
                    + capped.lastKeptLine() + "; " + capped.notKept() + " later ones were counted but not kept (the"
                    + " limit protects memory; split the log to report the rest)";
        }
        if (problem instanceof InputProblem.RemoteNotAFile remote) {
            return remote.input() + ": not a file (a manifest names each log; directory trees are read with --runs)";
        }
        InputProblem.CannotFetch fetch = (InputProblem.CannotFetch) problem;
        return fetch.input() + ": cannot be fetched: " + fetch.reason();
    }

    public static List<String> all(List<InputProblem> problems) {
        return problems.stream().map(InputProblemWords::problem).toList();
    }
}
