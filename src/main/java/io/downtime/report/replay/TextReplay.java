package io.downtime.report.replay;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.Renderer;
import io.downtime.report.DisplayNames;
import io.downtime.report.FieldLines;
import io.downtime.report.Figures;
import io.downtime.report.TextTable;
import io.downtime.report.words.FoundNoteWords;
import io.downtime.run.FoundNote;
import io.downtime.terminal.TerminalWriter;
import io.downtime.strict.Check;
import io.downtime.strict.Firing;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.Switchover;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** {@code analyzer replay} for a terminal: per migration, a header, the verdicts, then each policy check by check. */
final class TextReplay implements Renderer<ReplayDocument> {
    /** Scenarios printed per policy; they come in time order, so the earliest firings are shown. */
    static final int SCENARIOS_SHOWN = 8;
    private final PrintWriter out;
    private final boolean brief;
    private DisplayNames names;

    /** @param brief only the answer: one sentence per policy ({@code --brief}) */
    TextReplay(PrintWriter out, boolean brief) {
        this.out = TerminalWriter.guard(out, false);
        this.brief = brief;
    }

    @Override
    public void render(ReplayDocument document) {
        names = new DisplayNames(document.accounting().keySet());
        // The answer first (issue 16): one sentence per policy, before any note or table.
        List<String> answer = ReplayAnswer.lines(document.replays(), document.found().migrations().size());
        answer.forEach(line -> out.println(names.in(line)));
        if (brief) {
            out.flush();
            return;
        }
        if (!answer.isEmpty()) {
            out.println();
        }
        for (FoundNote note : document.found().notes()) {
            out.println("note: " + names.in(FoundNoteWords.note(note)));
        }
        int count = document.found().migrations().size();
        for (MigrationReplay replay : document.replays()) {
            migration(replay, count);
        }
        if (!answer.isEmpty()) {
            ReplayAnswer.LEGEND.forEach(out::println);
        }
        out.flush();
    }

    private void migration(MigrationReplay replay, int count) {
        Switchover run = replay.switchover();
        String title = ReplayFacts.title(replay, count);
        out.println(title);
        out.println("=".repeat(title.length()));
        FieldLines header = new FieldLines();
        ReplayFacts.header(replay, names, "--format json lists every observation")
                .forEach(fact -> header.add(fact.label(), fact.value()));
        header.print(out, "  ");
        out.println();
        if (!run.replayable()) {
            out.println(ReplayFacts.notReplayed(run));
            out.println();
            return;
        }
        verdictTable(replay.verdicts());
        for (PolicyVerdict verdict : replay.verdicts()) {
            policy(verdict);
        }
    }

    private void verdictTable(List<PolicyVerdict> verdicts) {
        out.println(ReplayFacts.VERDICTS_HEADING);
        TextTable table = new TextTable(out)
                .column("POLICY", TextTable.Align.LEFT)
                .column("PROMISES", TextTable.Align.RIGHT)
                .column("FIRED", TextTable.Align.LEFT)
                .column("FIRST FIRING", TextTable.Align.LEFT)
                .column("AT", TextTable.Align.RIGHT)
                .column("PERCEIVED", TextTable.Align.RIGHT)
                .column("CLASS", TextTable.Align.LEFT);
        for (PolicyVerdict verdict : verdicts) {
            Optional<Firing> first = verdict.first();
            table.row(verdict.policy(), verdict.promisedLimitMs() + " ms", verdict.outcome().fired().label(),
                    first.map(ReplayFacts::where).orElse("-"),
                    first.map(f -> Figures.ms(f.sinceStart())).orElse("-"),
                    first.map(f -> StrictFigures.perceived(f.perceived())).orElse("-"),
                    ReplayWords.classes(verdict.outcome()));
        }
        table.finish();
        out.println();
    }

    private void policy(PolicyVerdict verdict) {
        out.println(ReplayFacts.policyTitle(verdict.policy()));
        FieldLines fields = new FieldLines();
        ReplayFacts.policy(verdict, names, SCENARIOS_SHOWN, "--format json lists them")
                .forEach(fact -> fields.add(fact.label(), fact.value()));
        fields.print(out, "  ");
        checks(verdict.checks());
        out.println();
    }

    private void checks(List<Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        out.println();
        out.println("  " + ReplayFacts.CHECKS_HEADING);
        TextTable table = new TextTable(out)
                .column("HOST", TextTable.Align.LEFT)
                .column("AFTER", TextTable.Align.LEFT)
                .column("LINE", TextTable.Align.LEFT)
                .column("AT", TextTable.Align.RIGHT)
                .column("PERCEIVED", TextTable.Align.RIGHT)
                .column("≥ LIMIT", TextTable.Align.LEFT);
        for (Check check : checks) {
            table.row(check.event().host().abbreviation(), check.event().site().label(),
                    names.of(check.event().where()), Figures.ms(check.sinceStart()),
                    StrictFigures.perceived(check.perceived()), StrictFigures.reaches(check.reachesLimit()));
        }
        table.finish();
    }
}
