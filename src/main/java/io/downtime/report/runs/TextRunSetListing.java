package io.downtime.report.runs;

import io.downtime.report.Renderer;
import io.downtime.report.TextTable;
import io.downtime.report.migration.OutcomeWords;
import io.downtime.report.replay.ReplayFacts;
import io.downtime.terminal.TerminalWriter;
import io.downtime.clock.AlignmentQuality;
import io.downtime.outcome.MigrationResult;
import io.downtime.run.MigrationPair;
import io.downtime.runset.RunSet;
import io.downtime.runset.SetRun;
import io.downtime.runset.StrictVerdicts;
import tech.tablesaw.api.Table;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.countTrue;

/**
 * {@code analyzer runs}: the answer (the counts), one line per migration, then per label how many there are, how
 * many are complete pairs, completed, with a known blackout, and by clock-alignment quality.
 */
final class TextRunSetListing implements Renderer<RunSetDocument> {
    private final PrintWriter out;
    private final boolean brief;

    /** @param brief only the answer: the counts ({@code --brief}) */
    TextRunSetListing(PrintWriter out, boolean brief) {
        this.out = TerminalWriter.guard(out, false);
        this.brief = brief;
    }

    @Override
    public void render(RunSetDocument document) {
        RunSet set = document.set();
        Optional<StrictVerdicts> strict = document.strict();
        // The answer first (issue 16): the counts before any table.
        RunSetAnswer.lines(set).forEach(out::println);
        if (brief) {
            out.flush();
            return;
        }
        out.println();
        if (!set.runs().isEmpty()) {
            TextTable table = new TextTable(out)
                    .column("LABEL", TextTable.Align.LEFT)
                    .column("RUN", TextTable.Align.LEFT)
                    .column("SOURCE", TextTable.Align.LEFT)
                    .column("DESTINATION", TextTable.Align.LEFT)
                    .column("OUTCOME", TextTable.Align.LEFT)
                    .column("PAIRED", TextTable.Align.LEFT)
                    .column("CLOCK", TextTable.Align.LEFT)
                    .column("BLACKOUT", TextTable.Align.RIGHT)
                    .column("QEMU EXPECTED", TextTable.Align.RIGHT)
                    .column("PREDICTION ERROR", TextTable.Align.RIGHT);
            strict.ifPresent(verdicts -> verdicts.policies().forEach(policy ->
                    table.column(policy.name().toUpperCase(Locale.ROOT), TextTable.Align.LEFT)));
            for (int i = 0; i < set.runs().size(); i++) {
                SetRun run = set.runs().get(i);
                MigrationPair pair = run.analysis().migration().pair();
                List<String> cells = new ArrayList<>(List.of(run.ref().label(), run.ref().name(), RunColumns.run(pair.source()),
                        RunColumns.run(pair.destination()), OutcomeWords.head(run.figures().outcome()), RunColumns.pairing(pair),
                        run.figures().clock().label(), RunColumns.blackout(run),
                        RunColumns.expected(run.figures()), RunColumns.predictionError(run.figures())));
                if (strict.isPresent()) {
                    strict.get().of(i).verdicts().forEach(verdict -> cells.add(ReplayFacts.verdictCell(verdict)));
                }
                table.row(cells.toArray(String[]::new));
            }
            table.finish();
            out.println();
            strict.ifPresent(verdicts -> {
                out.println("Strict mode columns: analyzer replay's verdicts at " + verdicts.limits().describe()
                        + ": fires, may fire or cannot fire, and the verdict classes that remain possible (docs/strict-mode.md)");
                out.println();
            });
            summary(set);
        }
        for (SetRun run : set.runs()) {
            MigrationPair pair = run.analysis().migration().pair();
            if (pair.basis() == io.downtime.run.PairingBasis.ORDER || pair.basis() == io.downtime.run.PairingBasis.TIME) {
                out.println("paired: " + run.ref().name() + ": " + pair.how());
            }
        }
        set.notes().forEach(note -> out.println("note: " + note));
        set.problems().forEach(problem -> out.println("problem: " + problem));
        out.flush();
    }

    /** Counts by label, built as a Tablesaw table from the model and summarised there. */
    private void summary(RunSet set) {
        Table runs = RunSetAnswer.table(set);
        Table counts = runs.summarize("paired", "completed", "blackout_known", countTrue).by("label");
        Table totals = runs.summarize("label", count).by("label");
        Table byClock = runs.xTabCounts("label", "clock");
        List<String> qualities = new ArrayList<>();
        for (AlignmentQuality quality : AlignmentQuality.values()) {
            if (byClock.columnNames().contains(quality.label())) {
                qualities.add(quality.label());
            }
        }
        out.println("By label (clock: how many migrations had each clock-alignment quality)");
        TextTable table = new TextTable(out)
                .column("LABEL", TextTable.Align.LEFT)
                .column("MIGRATIONS", TextTable.Align.RIGHT)
                .column("PAIRED", TextTable.Align.RIGHT)
                .column("COMPLETED", TextTable.Align.RIGHT)
                .column("BLACKOUT KNOWN", TextTable.Align.RIGHT);
        qualities.forEach(quality -> table.column("CLOCK " + quality.toUpperCase(), TextTable.Align.RIGHT));
        for (int row = 0; row < counts.rowCount(); row++) {
            String label = counts.stringColumn("label").get(row);
            List<String> cells = new ArrayList<>();
            cells.add(label);
            cells.add(cellFor(totals, label, "Count [label]"));
            cells.add(cellFor(counts, label, "Number True [paired]"));
            cells.add(cellFor(counts, label, "Number True [completed]"));
            cells.add(cellFor(counts, label, "Number True [blackout_known]"));
            for (String quality : qualities) {
                cells.add(cellFor(byClock, label, quality));
            }
            table.row(cells.toArray(String[]::new));
        }
        table.finish();
        out.println();
        outcomes(counts, runs.xTabCounts("label", "result"));
    }

    /** How the migrations ended, by label: a column per result that occurs (docs/postmortem.md). */
    private void outcomes(Table labels, Table byResult) {
        List<String> results = new ArrayList<>();
        for (MigrationResult result : MigrationResult.values()) {
            if (byResult.columnNames().contains(result.label())) {
                results.add(result.label());
            }
        }
        out.println("Outcomes by label (how many migrations ended each way)");
        TextTable table = new TextTable(out).column("LABEL", TextTable.Align.LEFT);
        results.forEach(result -> table.column(result.toUpperCase(Locale.ROOT), TextTable.Align.RIGHT));
        for (int row = 0; row < labels.rowCount(); row++) {
            String label = labels.stringColumn("label").get(row);
            List<String> cells = new ArrayList<>();
            cells.add(label);
            results.forEach(result -> cells.add(cellFor(byResult, label, result)));
            table.row(cells.toArray(String[]::new));
        }
        table.finish();
        out.println();
    }

    /**
     * The count in {@code column} of the row whose first column is {@code label} (Tablesaw names
     * summary columns after the function and the column, in an order of its own).
     */
    private static String cellFor(Table table, String label, String column) {
        for (int row = 0; row < table.rowCount(); row++) {
            if (table.column(0).getString(row).equals(label)) {
                return Long.toString(Math.round(((Number) table.column(column).get(row)).doubleValue()));
            }
        }
        return "0";
    }
}
