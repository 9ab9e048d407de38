package io.downtime.report.replay;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.DisplayNames;
import io.downtime.report.Figures;
import io.downtime.report.migration.ReportFacts;
import io.downtime.report.migration.ReportFacts.Fact;
import io.downtime.report.words.ClockWords;
import io.downtime.run.Durations;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.Run;
import io.downtime.strict.Consequence;
import io.downtime.strict.Firing;
import io.downtime.strict.JudgedBlackout;
import io.downtime.strict.Margin;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.PhaseEvidence;
import io.downtime.strict.PolicyNote;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.RecordComparison;
import io.downtime.strict.Scenario;
import io.downtime.strict.Switchover;
import io.downtime.strict.Unseen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code analyzer replay} says about a replayed migration and each policy's verdict, worded
 * once for the text output and the HTML page (as {@link ReportFacts} is for the report), so both
 * say the same thing with the same numbers. Every value already names inputs as {@code names}
 * shortens them. docs/strict-mode.md defines every figure.
 */
public final class ReplayFacts {
    /** Heading of the verdicts. */
    public static final String VERDICTS_HEADING = "Verdicts (times in ms since src-downtime-start on the source's clock)";
    /** Heading of a policy's checks. */
    public static final String CHECKS_HEADING = "Checks (AT: ms since src-downtime-start on the source's clock; PERCEIVED: what"
            + " the check compares with the limit)";

    private ReplayFacts() {
    }

    /** {@code Strict-mode replay of migration 1 of 2: precopy, source completed, destination completed}. */
    public static String title(MigrationReplay replay, int count) {
        MigrationPair pair = replay.switchover().migration().pair();
        return "Strict-mode replay of migration " + pair.index() + (count > 1 ? " of " + count : "") + ": "
                + pair.mode().label() + ", " + ReportFacts.outcome(pair);
    }

    /**
     * The runs, limits, clock, blackout, the message's send and receipt, the counter phases and the
     * recorded readings that set them.
     *
     * @param everyObservation where the reader finds every observation, as the line counting the
     *                         quiet ones ends: {@code --format json lists every observation}
     */
    public static List<Fact> header(MigrationReplay replay, DisplayNames names, String everyObservation) {
        Switchover run = replay.switchover();
        MigrationPair pair = run.migration().pair();
        List<Fact> facts = new ArrayList<>();
        for (Role role : Role.values()) {
            Optional<Run> side = pair.run(role);
            facts.add(new Fact(role.label(), side.map(r -> "run " + r.id().index() + " of " + String.join(", ", r.inputs()))
                    .orElse("none"), true));
        }
        facts.add(new Fact("limits", replay.limits().describe()));
        facts.add(new Fact("clock", ClockWords.summary(run.migration().clock())));
        facts.add(new Fact("blackout", blackout(run.blackout(), names)));
        run.send().ifPresent(send -> facts.add(new Fact("message", "sent " + Durations.ms(run.sendSinceStart().getAsLong())
                + " ms after src-downtime-start, " + PolicyWords.send(send.basis()) + " (" + names.of(send.where()) + ")"
                + run.receipt().map(r -> "; read by the destination, " + PolicyWords.receipt(r.basis()) + " (" + names.of(r.where()) + ")")
                .orElse("; never read"))));
        if (run.replayable()) {
            facts.add(new Fact("counters", StrictFigures.phases(run.phases().source(), run.phases().destination())
                    + (run.phases().evidence().isEmpty() ? " (no RFC event recorded: every phase is possible)"
                    : " (narrowed by the recorded RFC events)")));
        }
        long quiet = 0;
        for (PhaseEvidence evidence : run.phases().evidence()) {
            if (evidence.reading()) {
                facts.add(new Fact("", names.in(RecordWords.evidence(evidence))));
            } else {
                quiet++;
            }
        }
        if (quiet > 0) {
            facts.add(new Fact("", quiet + " check" + (quiet == 1 ? "" : "s") + " that did not fire narrowed them further"
                    + " (" + everyObservation + ")"));
        }
        return facts;
    }

    /** {@code Not replayed: the lines carry no timestamps}. */
    public static String notReplayed(Switchover run) {
        return "Not replayed: " + run.unreplayable().map(ReplayWords::unreplayable).orElse("");
    }

    /** {@code rfc: the RFC as written: ...}: a policy's name and its rule, heading its part. */
    public static String policyTitle(String policy) {
        return policy + ": " + rule(policy);
    }

    /** The policy's rule, one sentence. */
    public static String rule(String policy) {
        return PolicyWords.rule(policy);
    }

    /** {@code src: save of 0000:00:03.0/e1000e 0}: where a firing happened, as the verdicts list it. */
    public static String where(Firing firing) {
        return firing.at().host().abbreviation() + ": " + firing.at().site().label();
    }

    /** {@code cannot fire: missed a violation}: a verdict in one cell, as {@code analyzer runs} lists it. */
    public static String verdictCell(PolicyVerdict verdict) {
        if (!verdict.replayed()) {
            return "not replayed";
        }
        return verdict.outcome().fired().label() + ": " + ReplayWords.classes(verdict.outcome());
    }

    /** {@code fires; fired rightly against the 300 ms it promises}. */
    public static String fired(PolicyVerdict verdict) {
        return verdict.outcome().fired().label() + "; " + ReplayWords.classes(verdict.outcome())
                + " against the " + verdict.promisedLimitMs() + " ms it promises";
    }

    /**
     * A policy's verdict: fired, judged on, its scenarios (the first {@code scenariosShown}, then
     * how many more and {@code moreScenarios}, where to find them), margins, unseen time, the
     * comparison with the record, notes.
     */
    public static List<Fact> policy(PolicyVerdict verdict, DisplayNames names, int scenariosShown, String moreScenarios) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("fired", fired(verdict)));
        facts.add(new Fact("judged on", blackout(verdict.judgedAgainst(), names)));
        List<Scenario> scenarios = verdict.scenarios();
        for (Scenario scenario : scenarios.subList(0, Math.min(scenariosShown, scenarios.size()))) {
            facts.add(new Fact("scenario", scenario(scenario, names)));
        }
        if (scenarios.size() > scenariosShown) {
            facts.add(new Fact("", (scenarios.size() - scenariosShown) + " more scenarios, later (" + moreScenarios + ")"));
        }
        for (Margin margin : verdict.margins()) {
            facts.add(new Fact("margin", margin(margin, names)));
        }
        for (Unseen unseen : verdict.unseen()) {
            facts.add(new Fact("unseen", unseen(unseen)));
        }
        verdict.recorded().ifPresent(comparison -> {
            facts.add(new Fact("recorded", names.in(RecordWords.recorded(comparison.recorded()))));
            facts.add(new Fact("replay", comparison(comparison, names)));
        });
        for (PolicyNote note : verdict.notes()) {
            facts.add(new Fact("note", names.in(PolicyWords.note(note))));
        }
        return facts;
    }

    /** {@code agrees: ...}, {@code not compared: ...} or {@code differs: ...}: the replay against the record. */
    public static String comparison(RecordComparison comparison, DisplayNames names) {
        String basis = RecordWords.basis(comparison.basis());
        return !comparison.comparable() ? "not compared: " + basis
                : comparison.agrees() ? "agrees: " + basis
                : "differs: " + comparison.difference().map(d -> names.in(RecordWords.difference(d))).orElse("") + " (" + basis + ")";
    }

    /** {@code source's last check (save of globalstate 0, src.log:49) stayed 305–306 ms below the limit}. */
    public static String margin(Margin margin, DisplayNames names) {
        return margin.host().label() + "'s last check (" + margin.lastCheck().site().label() + ", "
                + names.of(margin.lastCheck().where()) + ") stayed " + range(margin) + " below the limit";
    }

    /** {@code send to the destination's read (...): ≥398.321 ms}. */
    public static String unseen(Unseen unseen) {
        return PolicyWords.unseen(unseen) + ": " + Figures.ms(unseen.micros()) + " ms";
    }

    /** {@code for source phase 324–642 µs: the source's save of ... at 5.319 ms, perceived 6 ms; then ...}. */
    public static String scenario(Scenario scenario, DisplayNames names) {
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
            text.append(": ").append(PolicyWords.consequence(scenario.first().get().consequence()));
        }
        return text.toString();
    }

    /** {@code at least 405.351 ms (recorded: ...)}: the blackout a verdict is judged against, and its basis. */
    public static String blackout(JudgedBlackout blackout, DisplayNames names) {
        String figure;
        if (blackout.kind() == JudgedBlackout.Kind.UNKNOWN) {
            figure = "unknown";
        } else if (blackout.high().isEmpty()) {
            figure = "at least " + Durations.ms(blackout.low().getAsLong()) + " ms";
        } else if (blackout.low().getAsLong() == blackout.high().getAsLong()) {
            figure = Durations.ms(blackout.low().getAsLong()) + " ms";
        } else {
            figure = "between " + Durations.ms(blackout.low().getAsLong()) + " and " + Durations.ms(blackout.high().getAsLong()) + " ms";
        }
        return figure + " (" + blackout.kind().label() + ": " + names.in(PolicyWords.blackoutBasis(blackout)) + ")";
    }

    private static String range(Margin margin) {
        long least = margin.leastMicros();
        long most = margin.mostMicros();
        if (margin.counter()) {
            return least == most ? least / 1000 + " ms" : least / 1000 + "–" + most / 1000 + " ms";
        }
        return least == most ? Durations.ms(least) + " ms" : Durations.ms(least) + "–" + Durations.ms(most) + " ms";
    }
}
