package io.downtime.report.replay;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.Renderer;
import io.downtime.report.DisplayNames;
import io.downtime.report.Figures;
import io.downtime.report.migration.InputFacts;
import io.downtime.report.migration.ReportFacts;
import io.downtime.report.migration.SwitchoverTimeline;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.Estimate;
import io.downtime.report.html.FactList;
import io.downtime.report.html.HtmlPage;
import io.downtime.report.html.HtmlTableBuilder;
import io.downtime.report.html.PageSection;
import io.downtime.report.html.Subheading;
import io.downtime.run.Role;
import io.downtime.strict.Check;
import io.downtime.strict.Firing;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.PhaseEvidence;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.Switchover;
import io.downtime.strict.Unseen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@code analyzer replay} as one self-contained HTML page: per migration, the text output's facts
 * (worded by the same code, {@link ReplayFacts}), the verdicts, the report's timeline with each
 * policy's checks and firings drawn over it ({@link ReplayTimeline}), the time no check sees, the
 * counter-phase evidence and every policy's checks. No figure is computed here: all come from the
 * strict package's {@link MigrationReplay} and, for the timeline, the report's analysis.
 */
final class HtmlReplay implements Renderer<ReplayDocument> {
    private final PrintWriter out;
    private final String generator;
    private DisplayNames names;

    HtmlReplay(PrintWriter out, String generator) {
        this.out = out;
        this.generator = generator;
    }

    @Override
    public void render(ReplayDocument document) {
        names = new DisplayNames(document.accounting().keySet());
        HtmlPage page = new HtmlPage("Strict-mode replay: " + String.join(", ",
                document.accounting().keySet().stream().map(names::of).toList()), generator);
        InputFacts.add(page, document.accounting(), document.found(),
                document.replays().stream().map(replay -> replay.switchover().migration().pair().index()).toList(),
                document.problems(), names);
        page.fact("Limits", document.limits().describe());
        int count = document.found().migrations().size();
        for (int i = 0; i < document.replays().size(); i++) {
            MigrationReplay replay = document.replays().get(i);
            migration(page.section(ReplayFacts.title(replay, count)), replay, document.analyses().get(i));
        }
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void migration(PageSection section, MigrationReplay replay, MigrationAnalysis analysis) {
        Switchover run = replay.switchover();
        section.add(facts(ReplayFacts.header(replay, names, "the counter phases below list every observation")));
        if (!run.replayable()) {
            section.paragraph(ReplayFacts.notReplayed(run));
            return;
        }
        verdicts(section, replay.verdicts());
        recorded(section, replay.verdicts());
        timeline(section, replay, analysis);
        unseen(section, replay.verdicts());
        evidence(section, run);
        for (PolicyVerdict verdict : replay.verdicts()) {
            policy(section, verdict);
        }
    }

    private FactList facts(List<ReportFacts.Fact> facts) {
        return new FactList(facts.stream().map(fact -> new HtmlPage.Fact(fact.label(), fact.value())).toList());
    }

    private void verdicts(PageSection section, List<PolicyVerdict> verdicts) {
        section.add(new Subheading(ReplayFacts.VERDICTS_HEADING));
        section.add(HtmlTableBuilder.over(verdicts)
                .text("policy", PolicyVerdict::policy)
                .number("promises (ms)", PolicyVerdict::promisedLimitMs)
                .text("fired", v -> v.outcome().fired().label())
                .text("first firing", v -> v.first().map(ReplayFacts::where).orElse(""))
                .text("line", v -> v.first().map(f -> names.of(f.at().where())).orElse(""))
                .figure("at (ms)", v -> v.first().map(f -> Figures.ms(f.sinceStart())).orElse(""),
                        v -> sortKey(v.first().map(Firing::sinceStart)))
                .text("perceived", v -> v.first().map(f -> StrictFigures.perceived(f.perceived())).orElse(""))
                .text("class", v -> v.outcome().decided().map(c -> c.label()).orElse(""))
                .text("possible classes", v -> v.outcome().decided().isPresent() ? "" : ReplayWords.classes(v.outcome()))
                .build());
    }

    /** For a run recorded with the RFC: what happened, and whether the replay agrees or is a what-if at other limits. */
    private void recorded(PageSection section, List<PolicyVerdict> verdicts) {
        for (PolicyVerdict verdict : verdicts) {
            verdict.recorded().ifPresent(comparison -> {
                section.add(new Subheading("Recorded with the RFC (" + verdict.policy() + ")"));
                section.add(new FactList(List.of(
                        new HtmlPage.Fact("recorded", names.in(RecordWords.recorded(comparison.recorded()))),
                        new HtmlPage.Fact("replay", ReplayFacts.comparison(comparison, names)))));
            });
        }
    }

    private void timeline(PageSection section, MigrationReplay replay, MigrationAnalysis analysis) {
        section.add(new Subheading("Timeline"));
        Optional<SwitchoverTimeline> timeline = SwitchoverTimeline.of(analysis);
        // The checks are placed on the source's clock from src-downtime-start: the report's timeline axis for
        // every replayable migration (it has a timed source run with src-downtime-start).
        if (timeline.isEmpty() || timeline.get().axis().clock() != Role.SOURCE) {
            section.note("No timeline: the migration's events cannot be placed on the source's clock.");
        } else {
            section.paragraph(timeline.get().legend() + " " + ReplayTimeline.legend()
                    + " The chart opens on the switchover: drag to zoom, double-click to see every event.");
            section.add(ReplayTimeline.draw(timeline.get(), replay.verdicts()).chart());
        }
        for (PolicyVerdict verdict : replay.verdicts()) {
            if (verdict.first().isEmpty()) {
                section.note(verdict.policy() + ": " + ReplayFacts.fired(verdict) + ".");
            }
        }
    }

    private void unseen(PageSection section, List<PolicyVerdict> verdicts) {
        List<PolicyUnseen> unseen = new ArrayList<>();
        for (PolicyVerdict verdict : verdicts) {
            for (Unseen time : verdict.unseen()) {
                unseen.add(new PolicyUnseen(verdict.policy(), time));
            }
        }
        if (unseen.isEmpty()) {
            return;
        }
        section.add(new Subheading("Time no check sees"));
        section.paragraph("Per policy, the time of this run that none of its checks counts (docs/strict-mode.md,"
                + " \"The time a policy cannot see\").");
        section.add(HtmlTableBuilder.over(unseen)
                .text("policy", PolicyUnseen::policy)
                .text("unseen", u -> PolicyWords.unseen(u.time()))
                .figure("ms", u -> Figures.ms(u.time().micros()), u -> sortKey(Optional.of(u.time().micros())))
                .build());
    }

    /** A row of the unseen time's table: one stretch no check of the policy sees. */
    private record PolicyUnseen(String policy, Unseen time) {
    }

    private void evidence(PageSection section, Switchover run) {
        List<PhaseEvidence> evidence = run.phases().evidence();
        if (evidence.isEmpty()) {
            return;
        }
        section.add(new Subheading("Counter phases"));
        section.paragraph("Every recorded RFC observation that narrowed a host's counter phases, in time order: "
                + StrictFigures.phases(run.phases().source(), run.phases().destination()) + " remain.");
        run.phases().firstDifference().ifPresent(difference -> section.note("First difference: " + names.in(RecordWords.difference(difference))));
        section.add(HtmlTableBuilder.over(evidence)
                .text("host", e -> e.host().abbreviation())
                .text("line", e -> names.of(e.where()))
                .text("observation", e -> names.in(RecordWords.observation(e.observation())))
                .text("kind", e -> switch (e.kind()) {
                    case READING -> "a recorded reading";
                    case FIRED -> "a check that fired (its migration thread cancelled right after it)";
                    case DID_NOT_FIRE -> "a check that did not fire";
                })
                .text("phases after", e -> e.after().describe())
                .build());
    }

    private void policy(PageSection section, PolicyVerdict verdict) {
        section.add(new Subheading(verdict.policy()));
        section.paragraph(ReplayFacts.rule(verdict.policy()));
        section.add(facts(ReplayFacts.policy(verdict, names, Integer.MAX_VALUE, "")));
        verdict.unreplayable().ifPresent(why -> section.note("Not replayed: " + ReplayWords.unreplayable(why)));
        List<Check> checks = verdict.checks();
        if (checks.isEmpty()) {
            return;
        }
        section.paragraph(ReplayFacts.CHECKS_HEADING + ".");
        section.add(HtmlTableBuilder.over(checks)
                .text("host", c -> c.event().host().abbreviation())
                .text("after", c -> c.event().site().label())
                .text("line", c -> names.of(c.event().where()))
                .figure("at (ms)", c -> Figures.ms(c.sinceStart()), c -> sortKey(Optional.of(c.sinceStart())))
                .figure("perceived", c -> StrictFigures.perceived(c.perceived()),
                        c -> OptionalDouble.of(c.perceived().lowMicros()))
                .text("≥ limit", c -> StrictFigures.reaches(c.reachesLimit()))
                .build());
    }

    /** An estimate's value (µs) to sort a column of printed figures by: the value, else the lower bound. */
    private static OptionalDouble sortKey(Optional<Estimate> estimate) {
        return HtmlTableBuilder.sortKey(
                estimate.map(e -> e.value().isPresent() ? e.value() : e.bounds().low()).orElse(OptionalLong.empty()));
    }
}
