package io.downtime.report.words;

import io.downtime.run.FoundNote;
import io.downtime.runset.CaseNote;
import io.downtime.runset.CaseProblem;

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
        return ((CaseProblem.Said) problem).text();
    }

    public static List<String> all(List<CaseProblem> problems) {
        return problems.stream().map(ProblemWords::problem).toList();
    }

    /** A case's note: a directory not read, or what the finding of its migrations did not use. */
    public static String note(CaseNote note) {
        if (note instanceof CaseNote.Found found) {
            return FoundNoteWords.note(found.note());
        }
        return ((CaseNote.Said) note).text();
    }

    public static List<String> notes(List<CaseNote> notes) {
        return notes.stream().map(ProblemWords::note).toList();
    }
}
