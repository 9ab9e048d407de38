package io.downtime.report.runs;

import io.downtime.report.Renderer;
import io.downtime.report.TextTable;
import io.downtime.compare.SampleSummary;
import io.downtime.report.words.ProblemWords;
import io.downtime.run.Durations;
import io.downtime.runset.RunSet;
import io.downtime.terminal.TerminalWriter;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalLong;

/** {@code analyzer runs --summary}: the blackout, then the top phases, device saves and device loads, each ranked apart. */
final class TextRunSetSummary implements Renderer<SummaryDocument> {
    private final PrintWriter out;
    private final int top;

    TextRunSetSummary(PrintWriter out, int top) {
        this.out = TerminalWriter.guard(out, false);
        this.top = top;
    }

    @Override
    public void render(SummaryDocument document) {
        RunSet set = document.set();
        RunSetSummary summary = document.summary();
        out.println("Run set summary: " + summary.runs() + " migration" + (summary.runs() == 1 ? "" : "s") + " in "
                + set.cases().size() + " case" + (set.cases().size() == 1 ? "" : "s")
                + "; per figure across them: median, p95 (from " + SampleSummary.P95_MIN_RUNS
                + " values on) and max, in ms");
        out.println("≥: a median or maximum of lower bounds (figures that cross the hosts, one-sided clock alignment);"
                + " RUNS: values / runs with the figure but no value (docs/compare.md, Summary of a run set)");
        out.println();
        section("Blackout and QEMU's figure", concat(summary.of("blackout"), summary.of("qemu_downtime")), false);
        section("Checkpoint pairs (phases), largest median first", summary.of("phase"), true);
        section("Device saves (source), largest median first", summary.of("device_save"), true);
        section("Device loads (destination), largest median first", summary.of("device_load"), true);
        set.problems().forEach(problem -> out.println("problem: " + ProblemWords.problem(problem)));
        out.flush();
    }

    private void section(String title, List<FigureSummary> figures, boolean ranked) {
        if (figures.isEmpty()) {
            return;
        }
        out.println(title);
        TextTable table = new TextTable(out)
                .column("FIGURE", TextTable.Align.LEFT)
                .column("HOSTS", TextTable.Align.LEFT)
                .column("RUNS", TextTable.Align.RIGHT)
                .column("MEDIAN", TextTable.Align.RIGHT)
                .column("P95", TextTable.Align.RIGHT)
                .column("MAX", TextTable.Align.RIGHT);
        List<FigureSummary> shown = ranked ? figures.subList(0, Math.min(top, figures.size())) : figures;
        for (FigureSummary figure : shown) {
            String bound = figure.lowerBounds() > 0 ? "≥" : "";
            table.row(figure.figure().label(), figure.figure().hosts(),
                    figure.values() + (figure.unknown() > 0 ? " / " + figure.unknown() + " unknown" : ""),
                    figure.median().isPresent() ? bound + Durations.ms(figure.median().getAsDouble()) : "?",
                    ms(figure.p95(), bound), ms(figure.max(), bound));
        }
        table.finish();
        if (shown.size() < figures.size()) {
            out.println("(" + (figures.size() - shown.size()) + " more omitted; --top N shows more, --format csv or json all)");
        }
        out.println();
    }

    private static String ms(OptionalLong value, String bound) {
        return value.isPresent() ? bound + Durations.ms(value.getAsLong()) : "-";
    }

    private static List<FigureSummary> concat(List<FigureSummary> a, List<FigureSummary> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
