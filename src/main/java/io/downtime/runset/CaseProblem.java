package io.downtime.runset;

import io.downtime.clock.AssumptionConflict;

/** Something of a case that could not be used; {@code report.words.ProblemWords} words it. */
public sealed interface CaseProblem {

    /**
     * A problem already worded where it was found: an input that cannot be read or holds no migration (the words of
     * {@code run} and {@code trace}, shared with {@code analyzer report}).
     */
    record Said(String text) implements CaseProblem {
    }

    /**
     * A migration left out because the trace contradicts what the user asserted about the clocks: its figures would
     * be wrong (a negative blackout).
     */
    record Refused(RunRef migration, AssumptionConflict conflict) implements CaseProblem {
    }
}
