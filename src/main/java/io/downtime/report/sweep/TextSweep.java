package io.downtime.report.sweep;

import io.downtime.report.Renderer;
import io.downtime.report.FieldLines;
import io.downtime.report.TextTable;
import io.downtime.report.replay.ReplayFacts;
import io.downtime.report.words.SweepWords;
import io.downtime.why.PredictionShortfall;

import io.downtime.terminal.TerminalWriter;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepResult;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code analyzer sweep} for a terminal: the answer (what was swept, each policy's recommendation), the grid, the
 * caveat once, then per policy its grid and recommendation; {@code --brief} prints the answer alone.
 */
final class TextSweep implements Renderer<SweepDocument> {
    private final PrintWriter out;
    private final boolean brief;

    /** @param brief only the answer ({@code --brief}) */
    TextSweep(PrintWriter out, boolean brief) {
        this.out = TerminalWriter.guard(out, false);
        this.brief = brief;
    }

    @Override
    public void render(SweepDocument document) {
        SweepResult result = document.result();
        // The answer first (issue 16): the recommendations before any table.
        SweepAnswer.lines(document).forEach(out::println);
        if (brief) {
            out.flush();
            return;
        }
        out.println();
        out.println("Grid");
        FieldLines header = new FieldLines();
        SweepFacts.header(document).forEach(fact -> header.add(fact.label(), fact.value()));
        header.print(out, "  ");
        out.println();
        out.println(SweepWords.CAVEAT);
        out.println();
        for (PolicySweep sweep : result.policies()) {
            policy(sweep);
        }
        shortfalls(result);
        out.flush();
    }

    private void policy(PolicySweep sweep) {
        out.println(ReplayFacts.policyTitle(sweep.policy()));
        TextTable table = new TextTable(out)
                .column("DOWNTIME", TextTable.Align.RIGHT)
                .column("SWITCHOVER", TextTable.Align.RIGHT)
                .column("PROMISE", TextTable.Align.RIGHT)
                .column("RUNS", TextTable.Align.RIGHT)
                .column("FIRED", TextTable.Align.RIGHT)
                .column("MAY FIRE", TextTable.Align.RIGHT)
                .column("ABORT RATE", TextTable.Align.RIGHT)
                .column("MISSED", TextTable.Align.RIGHT)
                .column("MAY MISS", TextTable.Align.RIGHT)
                .column("NEEDLESS", TextTable.Align.RIGHT)
                .column("MAY NEEDLESS", TextTable.Align.RIGHT);
        for (SweepCell cell : sweep.cells()) {
            table.row(Long.toString(cell.limits().downtimeLimitMs()), Long.toString(cell.limits().switchoverLimitMs()),
                    Long.toString(cell.promisedLimitMs()), Integer.toString(cell.runs()), Integer.toString(cell.fired()),
                    Integer.toString(cell.mayFire()), SweepFacts.rate(cell), Integer.toString(cell.missed()),
                    Integer.toString(cell.mayMiss()), Integer.toString(cell.needless()), Integer.toString(cell.mayNeedless()));
        }
        table.finish();
        out.println(SweepFacts.recommendation(sweep));
        out.println();
    }

    private void shortfalls(SweepResult result) {
        if (result.shortfalls().isEmpty()) {
            return;
        }
        List<PredictionShortfall> counted = result.shortfalls().get();
        out.println(SweepFacts.shortfallHeading(result));
        if (counted.isEmpty() || counted.get(0).withPrediction() == 0) {
            out.println();
            return;
        }
        TextTable table = new TextTable(out)
                .column("SWITCHOVER", TextTable.Align.RIGHT)
                .column("SHORT BY MORE", TextTable.Align.RIGHT)
                .column("PERHAPS", TextTable.Align.RIGHT);
        for (PredictionShortfall shortfall : counted) {
            table.row(Long.toString(shortfall.switchoverLimitMs()),
                    SweepFacts.share(shortfall.certainly(), shortfall.withPrediction()), Integer.toString(shortfall.perhaps()));
        }
        table.finish();
        out.println();
    }
}
