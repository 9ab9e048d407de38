package io.downtime.report.words;

import io.downtime.run.FoundNote;
import io.downtime.runset.CaseNote;
import io.downtime.runset.CaseProblem;
import io.downtime.runset.PathProblem;
import io.downtime.runset.SkippedDirectory;
import io.downtime.trace.FileNames;

import java.util.List;

/** The sentence of a case's problem and note, as cli prints it and every format of a run set, a sweep and the fleet write it. */
public final class ProblemWords {
    private ProblemWords() {
    }

    /** {@code case-a: no migration found}, {@code case-a #2: --clock-offset +0 µs contradicts the trace: ...}. */
    public static String problem(CaseProblem problem) {
        if (problem instanceof CaseProblem.Refused refused) {
            return refused.migration().name() + ": " + ClockWords.conflict(refused.conflict());
        }
        if (problem instanceof CaseProblem.EmptyLog empty) {
            return empty.caseName() + ": " + FoundNoteWords.note(new FoundNote.NoMigration(empty.log()));
        }
        if (problem instanceof CaseProblem.Input input) {
            return InputProblemWords.problem(input.problem());
        }
        if (problem instanceof CaseProblem.NoMigration none) {
            return none.caseName() + ": no migration found";
        }
        return path(((CaseProblem.SetPath) problem).problem());
    }

    /** {@code runs/a: cannot be searched: a loop of symbolic links}, {@code a.log,b.log: b.log: no such file}, ... */
    public static String path(PathProblem problem) {
        if (problem instanceof PathProblem.LinkLoop loop) {
            return loop.directory() + ": cannot be searched: a loop of symbolic links";
        }
        if (problem instanceof PathProblem.SearchDenied denied) {
            return denied.directory() + ": cannot be searched: permission denied";
        }
        if (problem instanceof PathProblem.CannotSearch search) {
            return search.directory() + ": cannot be searched: " + search.reason();
        }
        if (problem instanceof PathProblem.NotAPair pair) {
            return pair.argument() + ": an explicit pair is two logs joined by one comma (SRC,DST)";
        }
        if (problem instanceof PathProblem.PairPartMissing missing) {
            return missing.argument() + ": " + missing.part() + ": no such file";
        }
        if (problem instanceof PathProblem.PairPartDirectory directory) {
            return directory.argument() + ": " + directory.part() + ": is a directory; an explicit pair is two logs";
        }
        PathProblem.PairPartNotReadable unreadable = (PathProblem.PairPartNotReadable) problem;
        return unreadable.argument() + ": " + unreadable.part() + ": not readable (permission denied)";
    }

    public static List<String> all(List<CaseProblem> problems) {
        return problems.stream().map(ProblemWords::problem).toList();
    }

    /** A case's note: a directory not read, or what the finding of its migrations did not use. */
    public static String note(CaseNote note) {
        if (note instanceof CaseNote.Found found) {
            return FoundNoteWords.note(found.note());
        }
        return skipped(((CaseNote.Skipped) note).directory());
    }

    /** {@code runs/one: holds 1 log but no src.log or dst.log, so it was not read; ...}. */
    public static String skipped(SkippedDirectory skipped) {
        String why;
        if (skipped instanceof SkippedDirectory.NoHostLogs none) {
            why = "holds " + none.logs() + " log" + (none.logs() == 1 ? "" : "s") + " but no src.log or dst.log, so it"
                    + " was not read; give the two hosts' logs as SRC,DST";
        } else {
            why = "holds 2 logs beside cases in directories below it, so they were not read; give them as SRC,DST if"
                    + " they are one migration's";
        }
        return FileNames.of(skipped.directory()) + ": " + why;
    }

    public static List<String> notes(List<CaseNote> notes) {
        return notes.stream().map(ProblemWords::note).toList();
    }
}
