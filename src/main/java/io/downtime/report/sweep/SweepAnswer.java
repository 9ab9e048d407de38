package io.downtime.report.sweep;

import io.downtime.report.FieldLines;
import io.downtime.report.words.SweepWords;
import io.downtime.strict.PolicySweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer {@code analyzer sweep} opens with (docs/strict-mode.md, The answer first): what was swept, then each
 * policy's recommendation, at most six lines before any table.
 */
final class SweepAnswer {
    /** Policies whose recommendation the answer names; any more are said in one line (there are three today). */
    private static final int POLICIES_NAMED = 5;

    private SweepAnswer() {
    }

    static List<String> lines(SweepDocument document) {
        List<String> lines = new ArrayList<>();
        lines.add(SweepFacts.summary(document));
        List<PolicySweep> policies = document.result().policies();
        int named = policies.size() <= POLICIES_NAMED ? policies.size() : POLICIES_NAMED - 1;
        FieldLines fields = new FieldLines();
        for (PolicySweep sweep : policies.subList(0, named)) {
            fields.add(sweep.policy(), SweepWords.recommendation(sweep.recommendation()) + ".");
        }
        lines.addAll(fields.lines("  "));
        if (named < policies.size()) {
            lines.add("  (" + (policies.size() - named) + " more policies: each recommendation follows its table)");
        }
        return lines;
    }
}
