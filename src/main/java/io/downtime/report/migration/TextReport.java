package io.downtime.report.migration;

import io.downtime.report.Renderer;
import io.downtime.report.DisplayNames;
import io.downtime.report.FieldLines;
import io.downtime.report.Figures;
import io.downtime.report.MessageText;
import io.downtime.report.TextTable;
import io.downtime.report.words.AnalysisWords;
import io.downtime.report.words.FoundNoteWords;
import io.downtime.report.words.InputWarningWords;
import io.downtime.run.Durations;
import io.downtime.run.FoundNote;
import io.downtime.terminal.TerminalWriter;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.Phase;
import io.downtime.analysis.Timeline;
import io.downtime.analysis.TimelineEntry;
import io.downtime.crosscheck.CrossCheckResult;
import io.downtime.crosscheck.MigrationCrossCheck;
import io.downtime.model.TraceEvent;
import io.downtime.run.InputWarning;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.Run;
import io.downtime.why.BlackoutPart;
import io.downtime.why.DecisionKind;
import io.downtime.why.Why;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code analyzer report} for a terminal or a bug report: each migration opens with its answer ({@link
 * MigrationAnswer}), then one table per analysis; {@code --brief} prints the answers alone.
 */
final class TextReport implements Renderer<ReportDocument> {
    private final PrintWriter out;
    private final boolean brief;
    private DisplayNames names;

    /** @param brief only the answer: the outcomes' line when there are several, each migration's first lines */
    TextReport(PrintWriter out, boolean brief) {
        this.out = TerminalWriter.guard(out, false);
        this.brief = brief;
    }

    @Override
    public void render(ReportDocument document) {
        List<String> inputs = new ArrayList<>(document.accounting().keySet());
        document.crossChecks().inputs().forEach(input -> inputs.add(input.report().origin()));
        names = new DisplayNames(inputs);
        List<MigrationPair> all = document.found().migrations();
        if (brief) {
            brief(document, all.size());
            return;
        }
        // The answer first (issue 16): one migration's own answer, or the outcomes' line of several, before any table.
        List<MigrationAnalysis> analyses = document.analyses();
        boolean single = analyses.size() == 1;
        if (single) {
            answer(analyses.get(0), all.size(), document.multifdSeen(analyses.get(0).migration().pair()));
            out.println();
        }
        ReportFacts.summary(analyses).ifPresent(summary -> {
            out.println("Outcomes: " + summary);
            out.println();
        });
        boolean domainLogs = !document.found().domainLogs().isEmpty();
        if (domainLogs) {
            LibvirtText.processes(out, names, ProcessSummary.of(document.found()));
            out.println();
        }
        if (all.size() > 1 || domainLogs) {
            migrationList(all);
        }
        for (FoundNote note : document.found().notes()) {
            out.println("note: " + names.in(FoundNoteWords.note(note)));
        }
        for (InputWarning warning : document.found().warnings()) {
            out.println("warning: " + warning(warning));
        }
        if (all.size() > 1 || domainLogs || !document.found().notes().isEmpty() || !document.found().warnings().isEmpty()) {
            out.println();
        }
        for (MigrationAnalysis analysis : analyses) {
            migration(analysis, all.size(), document.top(), document.multifdSeen(analysis.migration().pair()),
                    document.crossChecksOf(analysis.migration().pair().index()), document.crossChecks(), !single);
        }
        out.flush();
    }

    /** The outcomes' line when there are several, then each migration's title and answer, a blank line between. */
    private void brief(ReportDocument document, int count) {
        Optional<String> summary = ReportFacts.summary(document.analyses());
        summary.ifPresent(line -> out.println("Outcomes: " + line));
        boolean first = summary.isEmpty();
        for (MigrationAnalysis analysis : document.analyses()) {
            if (!first) {
                out.println();
            }
            first = false;
            answer(analysis, count, document.multifdSeen(analysis.migration().pair()));
        }
        out.flush();
    }

    /** The migration's title, its underline and its answer: at most {@link MigrationAnswer#MAX_LINES} lines. */
    private void answer(MigrationAnalysis analysis, int count, boolean multifd) {
        String title = ReportFacts.title(analysis.migration().pair(), count, multifd);
        out.println(title);
        out.println("=".repeat(title.length()));
        printed(MigrationAnswer.facts(analysis));
    }

    private void migrationList(List<MigrationPair> all) {
        out.println("Migrations found (--run N reports one)");
        TextTable table = new TextTable(out)
                .column("RUN", TextTable.Align.RIGHT)
                .column("SOURCE", TextTable.Align.LEFT)
                .column("DESTINATION", TextTable.Align.LEFT)
                .column("OUTCOME", TextTable.Align.LEFT)
                .column("PAIRED", TextTable.Align.LEFT);
        for (MigrationPair pair : all) {
            table.row(Integer.toString(pair.index()), ReportFacts.runName(pair.source(), names),
                    ReportFacts.runName(pair.destination(), names), ReportFacts.outcome(pair), ReportFacts.pairedBy(pair));
        }
        table.finish();
    }

    private void migration(MigrationAnalysis analysis, int count, int top, boolean multifd,
                           Optional<MigrationCrossCheck> crossChecks, CrossCheckResult reports, boolean withAnswer) {
        MigrationPair pair = analysis.migration().pair();
        if (withAnswer) {
            answer(analysis, count, multifd);
            out.println();
        }
        out.println("Runs");
        printed(ReportFacts.provenance(analysis));
        out.println();
        if (!analysis.warnings().isEmpty()) {
            out.println("Warnings (odd lines the figures below may be wrong about)");
            analysis.warnings().forEach(warning -> out.println("  " + warning(warning)));
            out.println();
        }
        out.println(ReportFacts.CLOCK_HEADING);
        printed(ReportFacts.clock(analysis.migration().clock()));
        out.println();
        out.println("Blackout");
        printed(ReportFacts.blackout(analysis));
        analysis.blackout().explanation()
                .ifPresent(explanation -> out.println("  " + AnalysisWords.disagreement(explanation)));
        out.println();
        why(analysis);
        crossChecks.ifPresent(checks -> LibvirtText.crossChecks(out, names, checks, reports));
        timeline(analysis.timeline());
        phases(analysis);
        TextDeviceTable.print(out, analysis.devices(), top);
        messages(pair);
        out.println();
    }

    private String warning(InputWarning warning) {
        return names.of(warning.where()) + ": " + names.in(InputWarningWords.warning(warning));
    }

    private void printed(List<ReportFacts.Fact> facts) {
        FieldLines lines = new FieldLines();
        facts.forEach(fact -> lines.add(fact.label(), fact.fullNames() ? fact.value() : names.in(fact.value())));
        lines.print(out, "  ");
    }

    /** QEMU's decision with its lines, then the blackout's parts (docs/why.md). */
    private void why(MigrationAnalysis analysis) {
        Why why = analysis.why();
        if (why.decision().kind() == DecisionKind.NO_SWITCHOVER) {
            return;
        }
        out.println("Why (QEMU's switchover decision, and the blackout's parts: docs/why.md)");
        printed(DecisionFacts.decision(why.decision()));
        out.println();
        if (why.parts().parts().isEmpty()) {
            return;
        }
        out.println("Blackout parts (ms, on the source's clock; they add up to the blackout's estimate)");
        TextTable table = new TextTable(out)
                .column("PART", TextTable.Align.LEFT)
                .column("FROM -> TO", TextTable.Align.LEFT)
                .column("DURATION", TextTable.Align.RIGHT)
                .column("SHARE", TextTable.Align.RIGHT)
                .column("IN QEMU'S ESTIMATE", TextTable.Align.LEFT)
                .column("DEVICES", TextTable.Align.LEFT);
        for (BlackoutPart part : why.parts().parts()) {
            table.row(PartWords.part(part.kind()), names.in(PartWords.where(part)), Figures.ms(part.duration()),
                    PartWords.share(part, analysis), PartWords.inEstimate(part), PartWords.devicesOf(part));
        }
        table.finish();
        if (!why.parts().unmeasured().isEmpty()) {
            out.println("not measured (a checkpoint is missing; their time is unattributed): " + String.join(", ",
                    why.parts().unmeasured().stream().map(PartWords::part).toList()));
        }
        out.println();
    }

    private void timeline(Timeline timeline) {
        if (!timeline.available()) {
            out.println("Timeline");
            timeline.note().ifPresent(note -> out.println(names.in(AnalysisWords.note(note))));
            if (!timeline.unplaced().isEmpty()) {
                out.println();
                out.println("Checkpoints and states seen (file order, no times)");
                TextTable table = new TextTable(out)
                        .column("HOST", TextTable.Align.LEFT)
                        .column("EVENT", TextTable.Align.LEFT)
                        .column("LINE", TextTable.Align.LEFT);
                timeline.unplaced().forEach(e -> table.row(e.host().abbreviation(), ReportFacts.event(e), names.of(e.where())));
                table.finish();
            }
            out.println();
            return;
        }
        String clock = timeline.clock() == Role.SOURCE ? "the source's clock" : "the destination's own clock";
        out.println("Timeline (" + clock + ", " + ReportFacts.timelineOrigin(timeline)
                + "; ≥, ≤, ± where the destination's time is uncertain)");
        TextTable table = new TextTable(out)
                .column("HOST", TextTable.Align.LEFT)
                .column("EVENT", TextTable.Align.LEFT)
                .column("SINCE START", TextTable.Align.RIGHT)
                .column("STEP", TextTable.Align.RIGHT)
                .column("LINE", TextTable.Align.LEFT);
        for (TimelineEntry entry : timeline.entries()) {
            table.row(entry.host().abbreviation(), ReportFacts.event(entry), entry.sinceStart().map(Figures::ms).orElse(""),
                    entry.step().map(Figures::ms).orElse(""), names.of(entry.where()));
        }
        table.finish();
        timeline.note().ifPresent(note -> out.println(names.in(AnalysisWords.note(note))));
        out.println();
    }

    private void phases(MigrationAnalysis analysis) {
        List<Phase> phases = analysis.phases().phases();
        if (phases.isEmpty()) {
            return;
        }
        out.println("Phases (consecutive checkpoints of both hosts, ms; share of the blackout's estimate)");
        TextTable table = new TextTable(out)
                .column("FROM", TextTable.Align.LEFT)
                .column("TO", TextTable.Align.LEFT)
                .column("DURATION", TextTable.Align.RIGHT)
                .column("SHARE", TextTable.Align.RIGHT);
        for (Phase phase : phases) {
            table.row(ReportFacts.milestone(phase.from()), ReportFacts.milestone(phase.to()), Figures.ms(phase.duration()),
                    phase.share().isPresent() ? Durations.percentOfFraction(phase.share().getAsDouble()) : "");
        }
        table.finish();
        analysis.pause().ifPresent(pause -> out.println(ReportFacts.milestone(pause.phase().from()) + " -> "
                + ReportFacts.milestone(pause.phase().to()) + ": " + names.in(AnalysisWords.pause(pause)) + "."));
        out.println();
    }

    private void messages(MigrationPair pair) {
        TextTable table = null;
        int warnings = 0;
        for (Role role : Role.values()) {
            Optional<Run> run = pair.run(role);
            if (run.isEmpty()) {
                continue;
            }
            for (TraceEvent message : run.get().messages()) {
                if (MessageText.warning(message)) {
                    warnings++;
                    continue;
                }
                if (table == null) {
                    out.println("QEMU's messages");
                    table = new TextTable(out)
                            .column("HOST", TextTable.Align.LEFT)
                            .column("LINE", TextTable.Align.LEFT)
                            .column("MESSAGE", TextTable.Align.LEFT);
                }
                table.row(role.abbreviation(), names.of(message.header().where()), MessageText.of(message));
            }
        }
        if (table != null) {
            table.finish();
        }
        if (warnings > 0) {
            out.println("(" + warnings + " QEMU warnings not shown; --format json lists every message)");
        }
    }
}
