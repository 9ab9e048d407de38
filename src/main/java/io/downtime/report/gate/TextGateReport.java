package io.downtime.report.gate;

import io.downtime.report.Renderer;
import io.downtime.terminal.TerminalWriter;
import io.downtime.gate.CheckStatus;
import io.downtime.gate.RuleResult;

import java.io.PrintWriter;

/**
 * {@code analyzer gate} on stdout: the answer (passed or failed, the failed checks by rule and the first ones), then,
 * when it leaves failed checks out, one line per failed check and the summary line again; {@code --brief} prints the
 * answer alone.
 */
public final class TextGateReport implements Renderer<GateDocument> {
    private final PrintWriter out;
    private final boolean brief;

    public TextGateReport(PrintWriter out) {
        this(out, false);
    }

    /** @param brief only the answer ({@code --brief}) */
    public TextGateReport(PrintWriter out, boolean brief) {
        this.out = TerminalWriter.guard(out, false);
        this.brief = brief;
    }

    @Override
    public void render(GateDocument document) {
        // The answer first (issue 16): passed or failed, and the first failed checks, before the whole list.
        GateAnswer.lines(document).forEach(out::println);
        if (brief || GateAnswer.complete(document)) {
            out.flush();
            return;
        }
        out.println();
        for (RuleResult failed : document.result().with(CheckStatus.FAILED)) {
            out.println(GateAnswer.failLine(failed));
        }
        out.println(GateAnswer.summary(document));
        out.flush();
    }
}
