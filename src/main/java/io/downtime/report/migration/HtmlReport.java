package io.downtime.report.migration;

import io.downtime.report.Renderer;
import io.downtime.report.DisplayNames;
import io.downtime.report.Figures;
import io.downtime.report.MessageText;
import io.downtime.blackout.DeviceBreakdown;
import io.downtime.blackout.DeviceTimes;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.Phase;
import io.downtime.analysis.Timeline;
import io.downtime.analysis.TimelineEntry;
import io.downtime.clock.Estimate;
import io.downtime.model.TraceEvent;
import io.downtime.report.html.FactList;
import io.downtime.report.html.HtmlPage;
import io.downtime.report.html.HtmlTableBuilder;
import io.downtime.report.html.PageSection;
import io.downtime.report.html.Subheading;
import io.downtime.report.words.AnalysisWords;
import io.downtime.report.words.BlackoutWords;
import io.downtime.report.words.InputWarningWords;
import io.downtime.run.Durations;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.why.BlackoutPart;
import io.downtime.why.DecisionKind;
import io.downtime.why.Why;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@code analyzer report} as one self-contained HTML page: the text report's facts, worded by the
 * same code ({@link ReportFacts}), with each migration's timeline drawn ({@link SwitchoverTimeline})
 * and its tables sortable. No figure is computed here: all come from the {@link MigrationAnalysis}.
 */
final class HtmlReport implements Renderer<ReportDocument> {
    private final PrintWriter out;
    private final String generator;
    private DisplayNames names;

    HtmlReport(PrintWriter out, String generator) {
        this.out = out;
        this.generator = generator;
    }

    @Override
    public void render(ReportDocument document) {
        names = new DisplayNames(document.accounting().keySet());
        List<MigrationPair> all = document.found().migrations();
        HtmlPage page = new HtmlPage("Migration report: " + String.join(", ",
                document.accounting().keySet().stream().map(names::of).toList()), generator);
        header(page, document);
        if (all.size() > 1) {
            PageSection list = page.section("Migrations found");
            ReportFacts.summary(document.analyses()).ifPresent(summary -> list.paragraph("Outcomes: " + names.in(summary) + "."));
            migrationList(list, all);
        }
        for (MigrationAnalysis analysis : document.analyses()) {
            MigrationPair pair = analysis.migration().pair();
            migration(page.section(ReportFacts.title(pair, all.size(), document.multifdSeen(pair))), analysis);
        }
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(HtmlPage page, ReportDocument document) {
        InputFacts.add(page, document.accounting(), document.found(),
                document.analyses().stream().map(analysis -> analysis.migration().pair().index()).toList(),
                document.problems(), names);
    }

    private void migrationList(PageSection section, List<MigrationPair> all) {
        section.paragraph("--run N reports one of them.");
        section.add(HtmlTableBuilder.over(all)
                .number("run", MigrationPair::index)
                .text("source", pair -> ReportFacts.runName(pair.source(), names))
                .text("destination", pair -> ReportFacts.runName(pair.destination(), names))
                .text("outcome", ReportFacts::outcome)
                .text("paired", ReportFacts::pairedBy)
                .build());
    }

    private void migration(PageSection section, MigrationAnalysis analysis) {
        section.add(facts(ReportFacts.runs(analysis)));
        if (!analysis.warnings().isEmpty()) {
            section.add(new Subheading("Warnings"));
            section.add(new FactList(analysis.warnings().stream()
                    .map(warning -> new HtmlPage.Fact("warning", names.of(warning.where()) + ": " + names.in(InputWarningWords.warning(warning))))
                    .toList()));
        }
        section.add(new Subheading(ReportFacts.CLOCK_HEADING));
        section.add(facts(ReportFacts.clock(analysis.migration().clock())));
        section.add(new Subheading("Blackout"));
        section.add(facts(ReportFacts.blackout(analysis)));
        analysis.blackout().explanation().map(AnalysisWords::disagreement).ifPresent(section::paragraph);
        timeline(section, analysis);
        why(section, analysis);
        phases(section, analysis);
        devices(section, analysis.devices());
        messages(section, analysis.migration().pair());
    }

    /** QEMU's decision, the blackout's parts drawn as one stacked bar beside its prediction and the limit, and their table. */
    private void why(PageSection section, MigrationAnalysis analysis) {
        Why why = analysis.why();
        if (why.decision().kind() == DecisionKind.NO_SWITCHOVER) {
            return;
        }
        section.add(new Subheading("Why: QEMU's switchover decision and the blackout's parts"));
        section.paragraph("docs/why.md defines every figure. The parts add up to the blackout's estimate; only the"
                + " RAM is in QEMU's prediction.");
        BlackoutPartsChart.of(analysis).ifPresent(section::add);
        section.add(facts(DecisionFacts.decision(why.decision())));
        List<BlackoutPart> parts = why.parts().parts();
        if (parts.isEmpty()) {
            why.parts().unavailable()
                    .ifPresent(reason -> section.note("No parts: " + names.in(BlackoutWords.parts(reason))));
            return;
        }
        section.add(HtmlTableBuilder.over(parts)
                .text("part", p -> PartWords.part(p.kind()))
                .text("from -> to", p -> names.in(PartWords.where(p)))
                .figure("duration (ms)", p -> Figures.ms(p.duration()), p -> sortKey(Optional.of(p.duration())))
                .text("share", p -> PartWords.share(p, analysis))
                .text("in QEMU's estimate", PartWords::inEstimate)
                .text("devices", PartWords::devicesOf)
                .build());
    }

    private FactList facts(List<ReportFacts.Fact> facts) {
        return new FactList(facts.stream()
                .map(fact -> new HtmlPage.Fact(fact.label(), fact.fullNames() ? fact.value() : names.in(fact.value())))
                .toList());
    }

    private void timeline(PageSection section, MigrationAnalysis analysis) {
        section.add(new Subheading("Timeline"));
        Timeline timeline = analysis.timeline();
        Optional<SwitchoverTimeline> chart = SwitchoverTimeline.of(analysis);
        if (chart.isEmpty()) {
            timeline.note().ifPresent(note -> section.note(names.in(AnalysisWords.note(note))));
            if (!timeline.unplaced().isEmpty()) {
                section.paragraph("Checkpoints and states seen (file order, no times):");
                List<TimelineEntry> unplaced = timeline.unplaced();
                section.add(HtmlTableBuilder.over(unplaced)
                        .text("host", e -> e.host().abbreviation())
                        .text("event", ReportFacts::event)
                        .text("line", e -> names.of(e.where()))
                        .build());
            }
            return;
        }
        section.paragraph(chart.get().legend() + " The chart opens on the switchover: drag to zoom, double-click to"
                + " see every event.");
        section.add(chart.get().chart());
        timeline.note().ifPresent(note -> section.note(names.in(AnalysisWords.note(note))));
        List<TimelineEntry> entries = timeline.entries();
        section.add(HtmlTableBuilder.over(entries)
                .text("host", e -> e.host().abbreviation())
                .text("event", ReportFacts::event)
                .figure(ReportFacts.timelineOrigin(timeline), e -> e.sinceStart().map(Figures::ms).orElse(""),
                        e -> sortKey(e.sinceStart()))
                .figure("step (ms)", e -> e.step().map(Figures::ms).orElse(""), e -> sortKey(e.step()))
                .text("line", e -> names.of(e.where()))
                .build());
    }

    private void phases(PageSection section, MigrationAnalysis analysis) {
        List<Phase> phases = analysis.phases().phases();
        if (phases.isEmpty()) {
            return;
        }
        section.add(new Subheading("Phases"));
        section.paragraph("Consecutive checkpoints of both hosts, ms; share of the blackout's estimate.");
        section.add(HtmlTableBuilder.over(phases)
                .text("from", p -> ReportFacts.milestone(p.from()))
                .text("to", p -> ReportFacts.milestone(p.to()))
                .figure("duration (ms)", p -> Figures.ms(p.duration()), p -> sortKey(Optional.of(p.duration())))
                .figure("share", p -> p.share().isPresent() ? Durations.percentOfFraction(p.share().getAsDouble()) : "",
                        Phase::share)
                .build());
    }

    private void devices(PageSection section, DeviceBreakdown devices) {
        if (devices.devices().isEmpty()) {
            return;
        }
        section.add(new Subheading("Devices"));
        section.paragraph("µs, QEMU's own measure of each save on the source and load on the destination (empty: the"
                + " log has no such line); every device, sortable by any column.");
        List<DeviceTimes> all = devices.devices();
        HtmlTableBuilder<DeviceTimes> table = HtmlTableBuilder.over(all)
                .text("type", d -> d.key().type().traceName())
                .text("device", d -> d.key().idstr())
                .number("instance", d -> d.key().instanceId())
                .numberOrEmpty("save (µs)", DeviceTimes::save)
                .numberOrEmpty("load (µs)", DeviceTimes::load);
        if (all.stream().anyMatch(DeviceTimes::loadAfterGuestStarted)) {
            table.text("after guest started", d -> d.loadAfterGuestStarted() ? "yes" : "");
            section.paragraph("after guest started: " + TextDeviceTable.AFTER_GUEST_STARTED + ".");
        }
        section.add(table.build());
        section.add(HtmlTableBuilder.over(devices.totals())
                .text("type", t -> t.type().traceName())
                .number("devices", DeviceBreakdown.TypeTotal::devices)
                .number("save (µs)", DeviceBreakdown.TypeTotal::save)
                .number("load (µs)", DeviceBreakdown.TypeTotal::load)
                .build());
    }

    private void messages(PageSection section, MigrationPair pair) {
        List<HostMessage> messages = new ArrayList<>();
        for (Role role : Role.values()) {
            pair.run(role).ifPresent(run -> run.messages().forEach(message -> messages.add(new HostMessage(role, message))));
        }
        if (!messages.isEmpty()) {
            section.add(new Subheading("QEMU's messages"));
            section.add(HtmlTableBuilder.over(messages)
                    .text("host", m -> m.host().abbreviation())
                    .text("line", m -> names.of(m.message().header().where()))
                    .text("kind", m -> MessageText.warning(m.message()) ? "warning" : "message")
                    .text("message", m -> MessageText.of(m.message()))
                    .build());
        }
    }

    /** A row of the messages' table: QEMU's message and the host whose log has it. */
    private record HostMessage(Role host, TraceEvent message) {
    }

    /** An estimate's value (µs) to sort a column of printed figures by; none where there is none. */
    private static OptionalDouble sortKey(Optional<Estimate> estimate) {
        return HtmlTableBuilder.sortKey(estimate.map(Estimate::value).orElse(OptionalLong.empty()));
    }
}
