package io.downtime.runset;

import io.downtime.run.FoundNote;

/** Something of a case found but not used; {@code report.words.ProblemWords} words it. */
public sealed interface CaseNote {

    /** A note already worded where it was made: a directory not read as a case. */
    record Said(String text) implements CaseNote {
    }

    /** What the finding of the case's migrations did not use (a failed start, a run without a role, ...). */
    record Found(FoundNote note) implements CaseNote {
    }
}
