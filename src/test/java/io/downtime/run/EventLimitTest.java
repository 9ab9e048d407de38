package io.downtime.run;

import io.downtime.testing.SampleTraces;
import io.downtime.trace.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The limit on understood events kept per input (LogLoader.MAX_EVENTS_PER_INPUT, docs/robustness.md),
 * shown with a limit of 10 on sample-traces/dst-stalled-400ms/src.log, whose 52 lines are all
 * understood events: lines 1-10 are kept, line 11 gets the diagnostic, 52 − 10 = 42 events are
 * counted and not kept, and the input is named among the problems (exit code 2).
 */
class EventLimitTest {
    @Test
    void eventsBeyondTheLimitAreCountedNotKept() {
        String src = SampleTraces.path("dst-stalled-400ms/src.log").toString();
        LogInputs.Located located = LogInputs.locate(List.of(src), List.of());
        List<Diagnostic> diagnostics = new ArrayList<>();
        LogLoader.Loaded loaded = LogLoader.load(located.logs(), diagnostics::add, 10);

        assertEquals(10, loaded.logs().get(0).events().size());
        assertEquals(10, loaded.logs().get(0).events().get(9).header().where().line());
        assertEquals(List.of(src + ":11:1: more than 10 understood events in one input: this line's event and the later"
                + " ones are not kept"), diagnostics.stream().map(Diagnostic::toString).toList());
        // its words: report/words/InputProblemWordsTest
        assertEquals(List.of(new InputProblem.EventsCapped(src, 10, 10, 42)), loaded.problems());
        assertEquals(52, loaded.accounting().get(src).lines());
        assertEquals(52, loaded.accounting().get(src).understoodTotal());
        assertFalse(loaded.clean());
    }

    @Test
    void theLimitIsHalfAMillion() {
        assertEquals(500_000, LogLoader.MAX_EVENTS_PER_INPUT);
    }
}
