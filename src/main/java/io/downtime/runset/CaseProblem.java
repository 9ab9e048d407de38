package io.downtime.runset;

import io.downtime.clock.AssumptionConflict;
import io.downtime.run.InputProblem;

/** Something of a case that could not be used; {@code report.words.ProblemWords} words it. */
public sealed interface CaseProblem {

    /** A case whose logs hold no migration at all. */
    record NoMigration(String caseName) implements CaseProblem {
    }

    /** A path of the run set that cannot be searched, or an explicit pair that is not two logs. */
    record SetPath(PathProblem problem) implements CaseProblem {
    }

    /** A log of the case that cannot be used, or was used in part, as {@code analyzer report} says of it. */
    record Input(InputProblem problem) implements CaseProblem {
    }

    /**
     * A log of the case ({@code log}) holds no migration: the case's migration is half seen, a problem as an
     * unreadable log is (the same words as {@code run/FoundNote.NoMigration}'s, after the case's name).
     */
    record EmptyLog(String caseName, String log) implements CaseProblem {
    }

    /**
     * A migration left out because the trace contradicts what the user asserted about the clocks: its figures would
     * be wrong (a negative blackout).
     */
    record Refused(RunRef migration, AssumptionConflict conflict) implements CaseProblem {
    }
}
