package io.downtime.runset;

import io.downtime.run.FoundNote;

/** Something of a case found but not used; {@code report.words.ProblemWords} words it. */
public sealed interface CaseNote {

    /** A directory the run set's search found logs in but did not read as a case. */
    record Skipped(SkippedDirectory directory) implements CaseNote {
    }

    /** What the finding of the case's migrations did not use (a failed start, a run without a role, ...). */
    record Found(FoundNote note) implements CaseNote {
    }
}
