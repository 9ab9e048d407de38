package io.downtime.report.gate;

import io.downtime.report.FieldLines;

import io.downtime.gate.GateResult;
import io.downtime.gate.CheckStatus;
import io.downtime.gate.RuleResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer {@code analyzer gate} opens with (docs/gate.md, The answer first): passed or failed with the counts of
 * checks; when it failed, how many checks each rule failed and the first failed check of each of the first rules
 * that failed; at most six lines.
 */
final class GateAnswer {
    /** Rules whose first failed check the answer shows. */
    private static final int RULES_SHOWN = 3;

    private GateAnswer() {
    }

    static List<String> lines(GateDocument document) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(document));
        Map<String, List<RuleResult>> failedByRule = failedByRule(document);
        if (failedByRule.isEmpty()) {
            return lines;
        }
        List<String> counts = new ArrayList<>();
        failedByRule.forEach((rule, failed) -> counts.add(rule + " " + failed.size()));
        lines.add("  failed checks by rule: " + String.join(", ", counts));
        int shown = 0;
        for (List<RuleResult> failed : failedByRule.values()) {
            if (shown == RULES_SHOWN) {
                break;
            }
            lines.add("  " + failLine(failed.get(0)));
            shown++;
        }
        int more = document.result().with(CheckStatus.FAILED).size() - shown;
        if (more > 0) {
            lines.add("  (" + more + " more failed check" + (more == 1 ? "" : "s") + ")");
        }
        return lines;
    }

    /** True when the answer shows every failed check: no list needs to follow it. */
    static boolean complete(GateDocument document) {
        Map<String, List<RuleResult>> failedByRule = failedByRule(document);
        return failedByRule.size() <= RULES_SHOWN && failedByRule.values().stream().allMatch(failed -> failed.size() == 1);
    }

    /** The failed checks by rule, in the rules file's order. */
    private static Map<String, List<RuleResult>> failedByRule(GateDocument document) {
        Map<String, List<RuleResult>> failedByRule = new LinkedHashMap<>();
        for (RuleResult failed : document.result().with(CheckStatus.FAILED)) {
            failedByRule.computeIfAbsent(failed.rule().name(), name -> new ArrayList<>()).add(failed);
        }
        return failedByRule;
    }

    /** {@code FAIL blackout-300ms: blackout at least 405.351 ms > limit 300 ms in ...}: one failed check. */
    static String failLine(RuleResult failed) {
        return "FAIL " + failed.rule().name() + ": " + GateWords.message(failed);
    }

    /** {@code gate FAILED: 41 of 168 checks failed, 14 skipped, 113 passed (8 rules of rules.yaml on 21 migrations)}. */
    static String summary(GateDocument document) {
        GateResult result = document.result();
        int failed = result.with(CheckStatus.FAILED).size();
        int skipped = result.with(CheckStatus.SKIPPED).size();
        int passed = result.with(CheckStatus.PASSED).size();
        return "gate " + (result.passed() ? "passed" : "FAILED") + ": " + failed + " of " + result.results().size()
                + " checks failed, " + skipped + " skipped, " + passed + " passed (" + result.rules().rules().size()
                + " rule" + (result.rules().rules().size() == 1 ? "" : "s") + " of " + result.rules().file() + " on "
                + document.migrations() + " migration" + (document.migrations() == 1 ? "" : "s")
                + document.baselineFile().map(file -> ", baseline " + file).orElse("") + ")";
    }
}
