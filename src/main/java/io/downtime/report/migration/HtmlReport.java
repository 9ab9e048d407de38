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
import io.downtime.report.html.HtmlTable;
import io.downtime.report.html.PageSection;
import io.downtime.report.html.Subheading;
import io.downtime.report.words.AnalysisWords;
import io.downtime.report.words.BlackoutWords;
import io.downtime.report.words.InputWarningWords;
import io.downtime.run.Durations;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.Run;
import io.downtime.why.BlackoutPart;
import io.downtime.why.DecisionKind;
import io.downtime.why.Why;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Table table = Table.create("migrations",
                IntColumn.create("run", all.stream().mapToInt(MigrationPair::index).toArray()),
                StringColumn.create("source", all.stream().map(pair -> ReportFacts.runName(pair.source(), names))),
                StringColumn.create("destination", all.stream().map(pair -> ReportFacts.runName(pair.destination(), names))),
                StringColumn.create("outcome", all.stream().map(ReportFacts::outcome)),
                StringColumn.create("paired", all.stream().map(ReportFacts::pairedBy)));
        section.add(HtmlTable.of(table));
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
        Table table = Table.create("blackout parts",
                StringColumn.create("part", parts.stream().map(p -> PartWords.part(p.kind()))),
                StringColumn.create("from -> to", parts.stream().map(p -> names.in(PartWords.where(p)))),
                StringColumn.create("duration (ms)", parts.stream().map(p -> Figures.ms(p.duration()))),
                StringColumn.create("share", parts.stream().map(p -> PartWords.share(p, analysis))),
                StringColumn.create("in QEMU's estimate", parts.stream().map(PartWords::inEstimate)),
                StringColumn.create("devices", parts.stream().map(PartWords::devicesOf)));
        section.add(HtmlTable.of(table, Map.of("duration (ms)", sortKeys("duration",
                parts.stream().map(p -> Optional.of(p.duration())).toList()))));
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
                section.add(HtmlTable.of(Table.create("unplaced",
                        StringColumn.create("host", unplaced.stream().map(e -> e.host().abbreviation())),
                        StringColumn.create("event", unplaced.stream().map(ReportFacts::event)),
                        StringColumn.create("line", unplaced.stream().map(e -> names.of(e.where()))))));
            }
            return;
        }
        section.paragraph(chart.get().legend() + " The chart opens on the switchover: drag to zoom, double-click to"
                + " see every event.");
        section.add(chart.get().chart());
        timeline.note().ifPresent(note -> section.note(names.in(AnalysisWords.note(note))));
        List<TimelineEntry> entries = timeline.entries();
        Table table = Table.create("timeline",
                StringColumn.create("host", entries.stream().map(e -> e.host().abbreviation())),
                StringColumn.create("event", entries.stream().map(ReportFacts::event)),
                StringColumn.create(ReportFacts.timelineOrigin(timeline), entries.stream().map(e -> e.sinceStart().map(Figures::ms).orElse(""))),
                StringColumn.create("step (ms)", entries.stream().map(e -> e.step().map(Figures::ms).orElse(""))),
                StringColumn.create("line", entries.stream().map(e -> names.of(e.where()))));
        section.add(HtmlTable.of(table, Map.of(
                ReportFacts.timelineOrigin(timeline), sortKeys("since", entries.stream().map(TimelineEntry::sinceStart).toList()),
                "step (ms)", sortKeys("step", entries.stream().map(TimelineEntry::step).toList()))));
    }

    private void phases(PageSection section, MigrationAnalysis analysis) {
        List<Phase> phases = analysis.phases().phases();
        if (phases.isEmpty()) {
            return;
        }
        section.add(new Subheading("Phases"));
        section.paragraph("Consecutive checkpoints of both hosts, ms; share of the blackout's estimate.");
        Table table = Table.create("phases",
                StringColumn.create("from", phases.stream().map(p -> ReportFacts.milestone(p.from()))),
                StringColumn.create("to", phases.stream().map(p -> ReportFacts.milestone(p.to()))),
                StringColumn.create("duration (ms)", phases.stream().map(p -> Figures.ms(p.duration()))),
                StringColumn.create("share", phases.stream().map(p -> p.share().isPresent() ? Durations.percentOfFraction(p.share().getAsDouble()) : "")));
        DoubleColumn shares = DoubleColumn.create("share", phases.stream()
                .mapToDouble(p -> p.share().isPresent() ? p.share().getAsDouble() : Double.NaN));
        section.add(HtmlTable.of(table, Map.of(
                "duration (ms)", sortKeys("duration", phases.stream().map(p -> Optional.of(p.duration())).toList()),
                "share", shares)));
    }

    private void devices(PageSection section, DeviceBreakdown devices) {
        if (devices.devices().isEmpty()) {
            return;
        }
        section.add(new Subheading("Devices"));
        section.paragraph("µs, QEMU's own measure of each save on the source and load on the destination (empty: the"
                + " log has no such line); every device, sortable by any column.");
        List<DeviceTimes> all = devices.devices();
        Table table = Table.create("devices",
                StringColumn.create("type", all.stream().map(d -> d.key().type().traceName())),
                StringColumn.create("device", all.stream().map(d -> d.key().idstr())),
                LongColumn.create("instance", all.stream().mapToLong(d -> d.key().instanceId())),
                micros("save (µs)", all.stream().map(DeviceTimes::save).toList()),
                micros("load (µs)", all.stream().map(DeviceTimes::load).toList()));
        if (all.stream().anyMatch(DeviceTimes::loadAfterGuestStarted)) {
            table.addColumns(StringColumn.create("after guest started",
                    all.stream().map(d -> d.loadAfterGuestStarted() ? "yes" : "")));
            section.paragraph("after guest started: " + TextDeviceTable.AFTER_GUEST_STARTED + ".");
        }
        section.add(HtmlTable.of(table));
        List<DeviceBreakdown.TypeTotal> totals = devices.totals();
        section.add(HtmlTable.of(Table.create("totals",
                StringColumn.create("type", totals.stream().map(t -> t.type().traceName())),
                IntColumn.create("devices", totals.stream().mapToInt(DeviceBreakdown.TypeTotal::devices).toArray()),
                LongColumn.create("save (µs)", totals.stream().mapToLong(DeviceBreakdown.TypeTotal::save)),
                LongColumn.create("load (µs)", totals.stream().mapToLong(DeviceBreakdown.TypeTotal::load)))));
    }

    private void messages(PageSection section, MigrationPair pair) {
        Table table = Table.create("messages", StringColumn.create("host"), StringColumn.create("line"),
                StringColumn.create("kind"), StringColumn.create("message"));
        for (Role role : Role.values()) {
            Optional<Run> run = pair.run(role);
            if (run.isEmpty()) {
                continue;
            }
            for (TraceEvent message : run.get().messages()) {
                table.stringColumn("host").append(role.abbreviation());
                table.stringColumn("line").append(names.of(message.header().where()));
                table.stringColumn("kind").append(MessageText.warning(message) ? "warning" : "message");
                table.stringColumn("message").append(MessageText.of(message));
            }
        }
        if (table.rowCount() > 0) {
            section.add(new Subheading("QEMU's messages"));
            section.add(HtmlTable.of(table));
        }
    }

    private static LongColumn micros(String name, List<OptionalLong> values) {
        LongColumn column = LongColumn.create(name);
        values.forEach(value -> {
            if (value.isPresent()) {
                column.append(value.getAsLong());
            } else {
                column.appendMissing();
            }
        });
        return column;
    }

    /** The estimates' values (µs) to sort a column of printed figures by; missing where there is none. */
    private static LongColumn sortKeys(String name, List<Optional<Estimate>> estimates) {
        return micros(name, estimates.stream()
                .map(estimate -> estimate.map(Estimate::value).orElse(OptionalLong.empty())).toList());
    }
}
