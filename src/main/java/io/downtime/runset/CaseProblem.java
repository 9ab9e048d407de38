package io.downtime.runset;

import io.downtime.clock.AssumptionConflict;

/** Something of a case that could not be used; {@code report.words.ProblemWords} words it. */
public sealed interface CaseProblem {

    /**
     * A problem already worded where it was found: an input that cannot be read, a case without migrations (the words of
     * {@code run} and {@code trace}, shared with {@code analyzer report}).
     */
    record Said(String text) implements CaseProblem {
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
