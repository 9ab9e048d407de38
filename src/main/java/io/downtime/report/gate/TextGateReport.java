package io.downtime.report.gate;

import io.downtime.report.Renderer;
import io.downtime.terminal.TerminalWriter;
import io.downtime.gate.GateResult;
import io.downtime.gate.Outcome;
import io.downtime.gate.RuleResult;

import java.io.PrintWriter;

/** {@code analyzer gate} on stdout: one line per failed check, then one summary line. */
public final class TextGateReport implements Renderer<GateDocument> {
    private final PrintWriter out;

    public TextGateReport(PrintWriter out) {
        this.out = TerminalWriter.guard(out, false);
    }

    @Override
    public void render(GateDocument document) {
        GateResult result = document.result();
        for (RuleResult failed : result.with(Outcome.FAILED)) {
            out.println("FAIL " + failed.rule().name() + ": " + failed.message());
        }
        int failed = result.with(Outcome.FAILED).size();
        int skipped = result.with(Outcome.SKIPPED).size();
        int passed = result.with(Outcome.PASSED).size();
        out.println("gate " + (result.passed() ? "passed" : "FAILED") + ": " + failed + " of " + result.results().size()
                + " checks failed, " + skipped + " skipped, " + passed + " passed (" + result.rules().rules().size()
                + " rule" + (result.rules().rules().size() == 1 ? "" : "s") + " of " + result.rules().file() + " on "
                + document.migrations() + " migration" + (document.migrations() == 1 ? "" : "s")
                + document.baselineFile().map(file -> ", baseline " + file).orElse("") + ")");
        out.flush();
    }
}
