package io.downtime.report.words;

import io.downtime.runset.CaseProblem;

import java.util.List;

/** The sentence of a case's problem, as cli prints it and every format of a run set, a sweep and the fleet write it. */
public final class ProblemWords {
    private ProblemWords() {
    }

    /** {@code case-a: no migration found}, {@code case-a #2: --clock-offset +0 µs contradicts the trace: ...}. */
    public static String problem(CaseProblem problem) {
        if (problem instanceof CaseProblem.Refused refused) {
            return refused.migration().name() + ": " + ClockWords.conflict(refused.conflict());
        }
        return ((CaseProblem.Said) problem).text();
    }

    public static List<String> all(List<CaseProblem> problems) {
        return problems.stream().map(ProblemWords::problem).toList();
    }
}
