package io.downtime.report.runs;

import io.downtime.report.Renderer;
import io.downtime.report.TextTable;
import io.downtime.report.migration.OutcomeWords;
import io.downtime.report.replay.ReplayFacts;
import io.downtime.report.words.PairingWords;
import io.downtime.report.words.ProblemWords;
import io.downtime.terminal.TerminalWriter;
import io.downtime.clock.AlignmentQuality;
import io.downtime.outcome.MigrationResult;
import io.downtime.run.MigrationPair;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetCounts;
import io.downtime.runset.SetMigration;
import io.downtime.runset.StrictVerdicts;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        RunSetCounts counts = RunSetCounts.of(set);
        RunSetAnswer.lines(set, counts).forEach(out::println);
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
                SetMigration run = set.runs().get(i);
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
            summary(counts);
        }
        for (SetMigration run : set.runs()) {
            MigrationPair pair = run.analysis().migration().pair();
            if (pair.basis() == io.downtime.run.PairingBasis.ORDER || pair.basis() == io.downtime.run.PairingBasis.TIME) {
                out.println("paired: " + run.ref().name() + ": " + PairingWords.how(pair.how()));
            }
        }
        set.notes().forEach(note -> out.println("note: " + ProblemWords.note(note)));
        set.problems().forEach(problem -> out.println("problem: " + ProblemWords.problem(problem)));
        out.flush();
    }

    /** Counts by label ({@link RunSetCounts}: the answer's totals are their sums). */
    private void summary(RunSetCounts counts) {
        List<AlignmentQuality> qualities = counts.clocksSeen();
        out.println("By label (clock: how many migrations had each clock-alignment quality)");
        TextTable table = new TextTable(out)
                .column("LABEL", TextTable.Align.LEFT)
                .column("MIGRATIONS", TextTable.Align.RIGHT)
                .column("PAIRED", TextTable.Align.RIGHT)
                .column("COMPLETED", TextTable.Align.RIGHT)
                .column("BLACKOUT KNOWN", TextTable.Align.RIGHT);
        qualities.forEach(quality -> table.column("CLOCK " + quality.label().toUpperCase(), TextTable.Align.RIGHT));
        for (RunSetCounts.Count label : counts.labels()) {
            List<String> cells = new ArrayList<>(List.of(label.label(), Integer.toString(label.migrations()),
                    Integer.toString(label.paired()), Integer.toString(label.completed()),
                    Integer.toString(label.blackoutKnown())));
            qualities.forEach(quality -> cells.add(Integer.toString(label.clock(quality))));
            table.row(cells.toArray(String[]::new));
        }
        table.finish();
        out.println();
        outcomes(counts);
    }

    /** How the migrations ended, by label: a column per result that occurs (docs/postmortem.md). */
    private void outcomes(RunSetCounts counts) {
        List<MigrationResult> results = counts.resultsSeen();
        out.println("Outcomes by label (how many migrations ended each way)");
        TextTable table = new TextTable(out).column("LABEL", TextTable.Align.LEFT);
        results.forEach(result -> table.column(result.label().toUpperCase(Locale.ROOT), TextTable.Align.RIGHT));
        for (RunSetCounts.Count label : counts.labels()) {
            List<String> cells = new ArrayList<>(List.of(label.label()));
            results.forEach(result -> cells.add(Integer.toString(label.result(result))));
            table.row(cells.toArray(String[]::new));
        }
        table.finish();
        out.println();
    }
}
