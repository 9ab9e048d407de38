package io.downtime.report.sweep;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.Renderer;
import io.downtime.report.replay.ReplayFacts;
import io.downtime.why.PredictionShortfall;

import io.downtime.report.html.HtmlPage;
import io.downtime.report.html.HtmlTableBuilder;
import io.downtime.report.html.PageSection;
import io.downtime.report.html.Subheading;
import io.downtime.report.words.SweepWords;
import io.downtime.run.Durations;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code analyzer sweep} as one self-contained HTML page: the text output's facts (worded by the same
 * code, {@link SweepFacts}) and the what-if caveat once, then per policy its recommendation, a heatmap
 * of the abort rate and one of the missed violations over the grid ({@link SweepHeatmap}), and every
 * cell in a sortable table, unless the grid is too large for one ({@link SweepHeatmap#CELL_BY_CELL}). No
 * figure is computed here: all come from the {@link SweepResult}.
 */
final class HtmlSweep implements Renderer<SweepDocument> {
    private final PrintWriter out;
    private final String generator;

    HtmlSweep(PrintWriter out, String generator) {
        this.out = out;
        this.generator = generator;
    }

    @Override
    public void render(SweepDocument document) {
        SweepResult result = document.result();
        HtmlPage page = new HtmlPage(SweepFacts.summary(document), generator);
        SweepFacts.header(document).forEach(fact -> page.fact(fact.label(), fact.value()));
        page.fact("target", "abort rate " + Durations.percentOfFraction(result.targetAbortRate()) + " (--target-abort-rate)");
        page.fact("caveat", SweepWords.CAVEAT);
        for (PolicySweep sweep : result.policies()) {
            policy(page.section(sweep.policy()), result, sweep);
        }
        if (result.shortfalls().isPresent()) {
            shortfalls(page.section("QEMU's prediction against the switchover-limit"), result);
        }
        if (!result.unreplayable().isEmpty()) {
            PageSection section = page.section("Not replayed");
            section.paragraph("These migrations are in no cell.");
            section.add(HtmlTableBuilder.over(result.unreplayable()).text("migration", ReplayWords::notReplayed).build());
        }
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void policy(PageSection section, SweepResult result, PolicySweep sweep) {
        section.paragraph(ReplayFacts.rule(sweep.policy()));
        section.paragraph(SweepFacts.recommendation(sweep));
        if (result.runs() == 0) {
            return;
        }
        String outlined = sweep.recommendation().cell().isPresent() ? " The recommended cell is outlined." : "";
        section.add(new Subheading("Abort rate"));
        section.paragraph("Per cell, the runs where " + sweep.policy() + " fires for every unknown, in percent of the "
                + result.runs() + " runs; the label is the text's ABORT RATE (certain aborts, then, when more may fire, every"
                + " possible one)."
                + outlined + " Hover over a cell for all its figures.");
        section.add(SweepHeatmap.chart(result.grid(), sweep, SweepHeatmap.abortRate()));
        section.add(new Subheading("Missed violations"));
        section.paragraph("Per cell, the runs where " + sweep.policy() + " certainly missed a violation (the guest stopped"
                + " longer than the limit it promises, and nothing fired); \"(+N may)\" counts those where it may have."
                + outlined);
        section.add(SweepHeatmap.chart(result.grid(), sweep, SweepHeatmap.missedViolations(result.runs())));
        section.add(new Subheading("Every cell"));
        List<SweepCell> cells = sweep.cells();
        if (cells.size() > SweepHeatmap.CELL_BY_CELL) {
            // A row is some 470 bytes: a large grid's tables would be a third of the page, for figures the hover
            // text already gives cell by cell and the CSV lists whole.
            section.paragraph("The grid has " + cells.size() + " cells, more than the " + SweepHeatmap.CELL_BY_CELL
                    + " this page lists: hover over a heatmap cell for its figures, or run the same sweep with"
                    + " --format csv for the text output's table of every cell of every policy.");
            return;
        }
        section.paragraph("The text output's table: downtime-limit, switchover-limit and the limit the policy promises, in ms;"
                + " the runs; how many fire, may fire, miss or may miss a violation, fire or may fire needlessly.");
        section.add(HtmlTableBuilder.over(cells)
                .number("downtime", c -> c.limits().downtimeLimitMs())
                .number("switchover", c -> c.limits().switchoverLimitMs())
                .number("promise", SweepCell::promisedLimitMs)
                .number("runs", SweepCell::runs)
                .number("fired", SweepCell::fired)
                .number("may fire", SweepCell::mayFire)
                .figure("abort rate", SweepFacts::rate, c -> OptionalDouble.of(c.leastAbortRate()))
                .number("missed", SweepCell::missed)
                .number("may miss", SweepCell::mayMiss)
                .number("needless", SweepCell::needless)
                .number("may needless", SweepCell::mayNeedless)
                .text("recommended", c -> sweep.recommendation().cell().map(c::equals).orElse(false) ? "yes" : "")
                .build());
    }

    private void shortfalls(PageSection section, SweepResult result) {
        section.paragraph(SweepFacts.shortfallHeading(result) + ".");
        List<PredictionShortfall> rows = result.shortfalls().orElse(List.of());
        if (rows.isEmpty() || rows.get(0).withPrediction() == 0) {
            return;
        }
        section.add(HtmlTableBuilder.over(rows)
                .number("switchover-limit (ms)", PredictionShortfall::switchoverLimitMs)
                .text("short by more", r -> SweepFacts.share(r.certainly(), r.withPrediction()))
                .number("perhaps", PredictionShortfall::perhaps)
                .build());
    }
}
