package io.downtime.report.compare;

import io.downtime.report.Renderer;
import io.downtime.report.FieldLines;
import io.downtime.report.TextTable;
import io.downtime.terminal.TerminalWriter;
import io.downtime.compare.Change;
import io.downtime.compare.Comparison;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.Verdict;
import io.downtime.report.words.ComparisonWords;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code analyzer compare} for a terminal or a bug report: the answer (the verdict's counts, the biggest changes),
 * the method, one table of figures ordered by their impact on the blackout, the changes in sentences, the notes.
 */
final class TextComparison implements Renderer<Comparison> {
    private final PrintWriter out;
    private final int top;
    private final boolean brief;

    /** @param brief only the answer: the verdict's counts and the biggest changes ({@code --brief}) */
    TextComparison(PrintWriter out, int top, boolean brief) {
        this.out = TerminalWriter.guard(out, false);
        this.top = top;
        this.brief = brief;
    }

    @Override
    public void render(Comparison comparison) {
        // The answer first (issue 16): the regressions and improvements before any table.
        ComparisonAnswer.lines(comparison).forEach(out::println);
        if (brief) {
            out.flush();
            return;
        }
        out.println();
        out.println("Method");
        FieldLines method = new FieldLines();
        ComparisonFacts.method(comparison.method(), comparison.thresholds())
                .forEach(fact -> method.add(fact.label(), fact.value()));
        method.print(out, "  ");
        out.println();
        table(comparison);
        changes(comparison);
        if (!comparison.notes().isEmpty()) {
            comparison.notes().forEach(note -> out.println("note: " + ComparisonWords.note(note)));
        }
        out.flush();
    }

    private void table(Comparison comparison) {
        TextTable table = new TextTable(out)
                .column("FIGURE", TextTable.Align.LEFT)
                .column("HOST", TextTable.Align.LEFT)
                .column("N", TextTable.Align.RIGHT)
                .column("BASE MEDIAN", TextTable.Align.RIGHT)
                .column("P95/MAX", TextTable.Align.RIGHT)
                .column("N", TextTable.Align.RIGHT)
                .column("CAND MEDIAN", TextTable.Align.RIGHT)
                .column("P95/MAX", TextTable.Align.RIGHT)
                .column("Δ MEDIAN", TextTable.Align.RIGHT)
                .column("Δ %", TextTable.Align.RIGHT)
                .column("INTERVAL", TextTable.Align.RIGHT)
                .column("P", TextTable.Align.RIGHT)
                .column("VERDICT", TextTable.Align.LEFT);
        int shown = 0;
        int hidden = 0;
        for (FigureComparison figure : comparison.figures()) {
            boolean always = figure.verdict() != Verdict.NO_CHANGE && figure.verdict() != Verdict.TOO_FEW_RUNS
                    || shown < 2;
            if (!always && top > 0 && shown >= top) {
                hidden++;
                continue;
            }
            shown++;
            Change change = figure.change().orElse(null);
            table.row(figure.figure().label(), figure.figure().hosts(),
                    Integer.toString(figure.baseline().count()), ComparisonFacts.median(figure.baseline()),
                    ComparisonFacts.upper(figure.baseline()),
                    Integer.toString(figure.candidate().count()), ComparisonFacts.median(figure.candidate()),
                    ComparisonFacts.upper(figure.candidate()),
                    change == null ? "" : ComparisonFacts.delta(change),
                    change == null ? "" : ComparisonFacts.deltaPercent(change),
                    change == null ? "" : ComparisonFacts.interval(change),
                    change == null ? "" : ComparisonFacts.p(change),
                    figure.verdict().label());
        }
        table.finish();
        if (hidden > 0) {
            out.println("(" + hidden + " more figures, none of them changed; --top 0 lists them all)");
        }
        out.println();
    }

    private void changes(Comparison comparison) {
        List<String> why = ComparisonFacts.why(comparison);
        if (why.isEmpty()) {
            return;
        }
        out.println("Why");
        why.forEach(line -> out.println("  " + line));
        out.println();
    }
}
