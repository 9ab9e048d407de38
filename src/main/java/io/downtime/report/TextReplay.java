package io.downtime.report;

import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.Run;
import io.downtime.strict.Check;
import io.downtime.strict.Consequence;
import io.downtime.strict.Firing;
import io.downtime.strict.JudgedBlackout;
import io.downtime.strict.Margin;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.PhaseEvidence;
import io.downtime.strict.Policies;
import io.downtime.strict.Policy;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.RecordComparison;
import io.downtime.strict.Scenario;
import io.downtime.strict.Switchover;
import io.downtime.strict.Unseen;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code analyzer replay} for a terminal: per migration, a header, the verdicts, then each policy check by check. */
final class TextReplay implements ReplayRenderer {
    /** Scenarios printed per policy; they come in time order, so the earliest firings are shown. */
    static final int SCENARIOS_SHOWN = 8;
    private final PrintWriter out;
    private DisplayNames names;

    TextReplay(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(ReplayDocument document) {
        names = new DisplayNames(document.accounting().keySet());
        for (String note : document.found().notes()) {
            out.println("note: " + names.in(note));
        }
        int count = document.found().migrations().size();
        for (MigrationReplay replay : document.replays()) {
            migration(replay, count);
        }
        out.flush();
    }

    private void migration(MigrationReplay replay, int count) {
        Switchover run = replay.switchover();
        MigrationPair pair = run.migration().pair();
        String title = "Strict-mode replay of migration " + pair.index() + (count > 1 ? " of " + count : "") + ": "
                + pair.mode().label() + ", " + outcome(pair);
        out.println(title);
        out.println("=".repeat(title.length()));
        FieldLines header = new FieldLines();
        for (Role role : Role.values()) {
            Optional<Run> side = pair.run(role);
            header.add(role.label(), side.map(r -> "run " + r.id().index() + " of " + String.join(", ", r.inputs()))
                    .orElse("none"));
        }
        header.add("limits", replay.limits().describe());
        header.add("clock", run.migration().clock().summary());
        header.add("blackout", blackout(run.blackout()));
        run.send().ifPresent(send -> header.add("message", "sent " + Figures.ms(send.micros() - run.startMicros())
                + " ms after src-downtime-start, " + send.basis().label() + " (" + names.of(send.where()) + ")"
                + run.receipt().map(r -> "; read by the destination, " + r.basis().label() + " (" + names.of(r.where()) + ")")
                .orElse("; never read")));
        if (run.replayable()) {
            header.add("counters", StrictFigures.phases(run.phases().source(), run.phases().destination())
                    + (run.phases().evidence().isEmpty() ? " (no RFC event recorded: every phase is possible)"
                    : " (narrowed by the recorded RFC events)"));
        }
        long quiet = 0;
        for (PhaseEvidence evidence : run.phases().evidence()) {
            if (evidence.reading()) {
                header.add("", names.in(evidence.sentence()));
            } else {
                quiet++;
            }
        }
        if (quiet > 0) {
            header.add("", quiet + " check" + (quiet == 1 ? "" : "s") + " that did not fire narrowed them further"
                    + " (--format json lists every observation)");
        }
        header.print(out, "  ");
        out.println();
        if (!run.replayable()) {
            out.println("Not replayed: " + run.unreplayable().get());
            out.println();
            return;
        }
        verdictTable(replay.verdicts());
        for (PolicyVerdict verdict : replay.verdicts()) {
            policy(verdict);
        }
    }

    private void verdictTable(List<PolicyVerdict> verdicts) {
        out.println("Verdicts (times in ms since src-downtime-start on the source's clock)");
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
                    first.map(f -> f.at().host().abbreviation() + ": " + f.at().site().label()).orElse("-"),
                    first.map(f -> Figures.ms(f.sinceStart())).orElse("-"),
                    first.map(f -> StrictFigures.perceived(f.perceived())).orElse("-"),
                    verdict.outcome().describeClasses());
        }
        table.finish();
        out.println();
    }

    private void policy(PolicyVerdict verdict) {
        String title = verdict.policy() + ": " + rule(verdict.policy());
        out.println(title);
        FieldLines fields = new FieldLines();
        fields.add("fired", verdict.outcome().fired().label() + "; " + verdict.outcome().describeClasses()
                + " against the " + verdict.promisedLimitMs() + " ms it promises");
        fields.add("judged on", blackout(verdict.judgedAgainst()));
        List<Scenario> scenarios = verdict.scenarios();
        for (Scenario scenario : scenarios.subList(0, Math.min(SCENARIOS_SHOWN, scenarios.size()))) {
            fields.add("scenario", scenario(scenario));
        }
        if (scenarios.size() > SCENARIOS_SHOWN) {
            fields.add("", (scenarios.size() - SCENARIOS_SHOWN) + " more scenarios, later (--format json lists them)");
        }
        for (Margin margin : verdict.margins()) {
            fields.add("margin", margin.host().label() + "'s last check (" + margin.lastCheck().site().label() + ", "
                    + names.of(margin.lastCheck().where()) + ") stayed " + range(margin)
                    + " below the limit");
        }
        for (Unseen unseen : verdict.unseen()) {
            fields.add("unseen", unseen.what() + ": " + Figures.ms(unseen.micros()) + " ms");
        }
        verdict.recorded().ifPresent(comparison -> recorded(fields, comparison));
        for (String note : verdict.notes()) {
            fields.add("note", names.in(note));
        }
        fields.print(out, "  ");
        checks(verdict.checks());
        out.println();
    }

    private void recorded(FieldLines fields, RecordComparison comparison) {
        fields.add("recorded", names.in(comparison.recorded()));
        String verdict = !comparison.comparable() ? "not compared: " + comparison.note()
                : comparison.agrees() ? "agrees: " + comparison.note()
                : "differs: " + comparison.difference().map(d -> names.in(d.sentence())).orElse("") + " (" + comparison.note() + ")";
        fields.add("replay", verdict);
    }

    private void checks(List<Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        out.println();
        out.println("  Checks (AT: ms since src-downtime-start on the source's clock; PERCEIVED: what the check compares"
                + " with the limit)");
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

    private String scenario(Scenario scenario) {
        String phases = (scenario.everyCombination() ? "" : "some combinations of ")
                + StrictFigures.phases(scenario.sourcePhases(), scenario.destinationPhases());
        if (scenario.first().isEmpty()) {
            return "for " + phases + ": nothing fires";
        }
        StringBuilder text = new StringBuilder("for " + phases + ": ");
        if (scenario.order() == Scenario.Order.UNDECIDED) {
            text.append("both fire, the clock alignment cannot tell which first: ");
        }
        text.append(StrictFigures.firing(scenario.first().get(), names));
        scenario.then().ifPresent(then -> text.append(scenario.order() == Scenario.Order.UNDECIDED ? "; and " : "; then ")
                .append(StrictFigures.firing(then, names)));
        if (scenario.first().get().consequence() != Consequence.RESUMES_ON_SOURCE) {
            text.append(": ").append(scenario.first().get().consequence().sentence());
        }
        return text.toString();
    }

    private String blackout(JudgedBlackout blackout) {
        String figure;
        if (blackout.kind() == JudgedBlackout.Kind.UNKNOWN) {
            figure = "unknown";
        } else if (blackout.high().isEmpty()) {
            figure = "at least " + Figures.ms(blackout.low().getAsLong()) + " ms";
        } else if (blackout.low().getAsLong() == blackout.high().getAsLong()) {
            figure = Figures.ms(blackout.low().getAsLong()) + " ms";
        } else {
            figure = "between " + Figures.ms(blackout.low().getAsLong()) + " and " + Figures.ms(blackout.high().getAsLong()) + " ms";
        }
        return figure + " (" + blackout.kind().label() + ": " + names.in(blackout.basis()) + ")";
    }

    private static String range(Margin margin) {
        long least = margin.leastMicros();
        long most = margin.mostMicros();
        if (margin.counter()) {
            return least == most ? least / 1000 + " ms" : least / 1000 + "–" + most / 1000 + " ms";
        }
        return least == most ? Figures.ms(least) + " ms" : Figures.ms(least) + "–" + Figures.ms(most) + " ms";
    }

    private static String rule(String policy) {
        return Policies.named(policy).map(Policy::rule).orElse("");
    }

    private static String outcome(MigrationPair pair) {
        List<String> parts = new ArrayList<>();
        pair.source().ifPresent(run -> parts.add("source " + run.status().label()));
        pair.destination().ifPresent(run -> parts.add("destination " + run.status().label()));
        return String.join(", ", parts);
    }
}
