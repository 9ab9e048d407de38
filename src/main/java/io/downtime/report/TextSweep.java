package io.downtime.report;

import io.downtime.strict.Policies;
import io.downtime.strict.Policy;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepResult;

import java.io.PrintWriter;

/** {@code analyzer sweep} for a terminal: the corpus, the caveat once, then per policy its grid and recommendation. */
final class TextSweep implements SweepRenderer {
    private final PrintWriter out;

    TextSweep(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(SweepDocument document) {
        SweepResult result = document.result();
        out.println("Strict-mode sweep of " + result.runs() + " migration" + (result.runs() == 1 ? "" : "s") + " from "
                + document.cases() + " case director" + (document.cases() == 1 ? "y" : "ies") + " ("
                + document.lines() + " lines) under " + String.join(", ", document.paths()));
        FieldLines header = new FieldLines();
        header.add("grid", "downtime-limit " + result.grid().downtimeLimits() + " ms x switchover-limit "
                + result.grid().switchoverLimits() + " ms");
        header.add("source-ack", "round trip " + document.roundTrip());
        if (!result.unreplayable().isEmpty()) {
            header.add("not replayed", result.unreplayable().size() + " migration" + (result.unreplayable().size() == 1
                    ? "" : "s") + " (first: " + result.unreplayable().get(0) + ")");
        }
        if (document.rejected() > 0) {
            header.add("rejected", document.rejected() + " lines (on stderr as file:line:column: message)");
        }
        for (String problem : document.problems()) {
            header.add("problem", problem);
        }
        header.print(out, "  ");
        out.println();
        out.println(SweepResult.CAVEAT);
        out.println();
        for (PolicySweep sweep : result.policies()) {
            policy(sweep);
        }
        out.flush();
    }

    private void policy(PolicySweep sweep) {
        String rule = Policies.named(sweep.policy()).map(Policy::rule).orElse("");
        out.println(sweep.policy() + ": " + rule);
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
                    Integer.toString(cell.mayFire()), rate(cell), Integer.toString(cell.missed()),
                    Integer.toString(cell.mayMiss()), Integer.toString(cell.needless()), Integer.toString(cell.mayNeedless()));
        }
        table.finish();
        out.println("Recommendation: " + sweep.recommendation().statement() + ".");
        out.println();
    }

    private static String rate(SweepCell cell) {
        String least = Figures.percent(cell.leastAbortRate());
        String most = Figures.percent(cell.mostAbortRate());
        return least.equals(most) ? least : least + "–" + most;
    }
}
