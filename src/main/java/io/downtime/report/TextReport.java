package io.downtime.report;

import io.downtime.analysis.Blackout;
import io.downtime.analysis.DeviceBreakdown;
import io.downtime.analysis.DeviceTimes;
import io.downtime.analysis.LibvirtMigration;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.Phase;
import io.downtime.analysis.Timeline;
import io.downtime.analysis.TimelineEntry;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.crosscheck.CrossCheckReport;
import io.downtime.crosscheck.CrossChecks;
import io.downtime.model.SectionType;
import io.downtime.model.TraceEvent;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.RoleEvidence;
import io.downtime.run.Run;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code analyzer report} for a terminal or a bug report: a header, then one table per analysis. */
final class TextReport implements ReportRenderer {
    private final PrintWriter out;
    private DisplayNames names;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(ReportDocument document) {
        List<String> inputs = new ArrayList<>(document.accounting().keySet());
        document.crossChecks().inputs().forEach(input -> inputs.add(input.figures().origin()));
        names = new DisplayNames(inputs);
        List<MigrationPair> all = document.found().migrations();
        boolean domainLogs = !document.found().domainLogs().isEmpty();
        if (domainLogs) {
            LibvirtText.processes(out, names, ProcessSummary.of(document.found()));
            out.println();
        }
        if (all.size() > 1 || domainLogs) {
            migrationList(all);
        }
        for (String note : document.found().notes()) {
            out.println("note: " + names.in(note));
        }
        if (all.size() > 1 || domainLogs || !document.found().notes().isEmpty()) {
            out.println();
        }
        for (MigrationAnalysis analysis : document.analyses()) {
            migration(analysis, all.size(), document.top(), document.multifdSeen(analysis.migration().pair()),
                    document.crossChecksOf(analysis.migration().pair().index()), document.crossChecks());
        }
        out.flush();
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
            table.row(Integer.toString(pair.index()), runName(pair.source()), runName(pair.destination()),
                    outcome(pair), pair.basis().name().toLowerCase().replace('_', ' '));
        }
        table.finish();
    }

    private void migration(MigrationAnalysis analysis, int count, int top, boolean multifd,
                           Optional<CrossChecks> crossChecks, CrossCheckReport reports) {
        MigrationPair pair = analysis.migration().pair();
        String title = "Migration " + pair.index() + (count > 1 ? " of " + count : "") + ": "
                + pair.mode().label() + (multifd ? " with multifd" : "") + ", " + outcome(pair);
        out.println(title);
        out.println("=".repeat(title.length()));
        header(analysis);
        clock(analysis.migration().clock());
        blackout(analysis);
        crossChecks.ifPresent(checks -> LibvirtText.crossChecks(out, names, checks, reports));
        timeline(analysis.timeline());
        phases(analysis);
        devices(analysis.devices(), top);
        messages(pair);
        out.println();
    }

    private void header(MigrationAnalysis analysis) {
        MigrationPair pair = analysis.migration().pair();
        Fields fields = new Fields();
        for (Role role : Role.values()) {
            Optional<Run> run = pair.run(role);
            fields.add(role.label(), run.map(r -> "run " + r.id().index() + " of " + String.join(", ", r.inputs())
                    + ": " + r.status().label() + (r.timed() ? "" : ", no timestamps")).orElse("none"), false);
        }
        fields.add("paired", pair.how());
        analysis.libvirt().ifPresent(libvirt -> LibvirtText.header(libvirt, fields::add));
        for (Role role : Role.values()) {
            pair.run(role).ifPresent(run -> {
                List<String> why = new ArrayList<>();
                why.add(run.role().note());
                run.role().evidence().stream().limit(3).map(RoleEvidence::toString).forEach(why::add);
                fields.add(role.abbreviation() + " role", String.join("; ", why));
            });
        }
        for (Role role : Role.values()) {
            pair.run(role).ifPresent(run -> {
                List<String> missing = run.missingCheckpoints(pair.mode());
                if (!missing.isEmpty()) {
                    fields.add(role.abbreviation() + " missing", "never reached " + String.join(", ", missing));
                }
            });
        }
        fields.print();
        out.println();
    }

    private void clock(ClockAlignment clock) {
        out.println("Clock alignment (offset = destination clock - source clock)");
        Fields fields = new Fields();
        fields.add("offset", clock.summary());
        clock.upperBinding().ifPresent(bound -> fields.add("upper bound", bound.sentence()));
        clock.lowerBinding().ifPresent(bound -> fields.add("lower bound", bound.sentence()));
        long evidence = clock.bounds().stream().filter(clock::used).count();
        if (evidence > 0) {
            fields.add("evidence", evidence + (clock.quality() == AlignmentQuality.GIVEN
                    ? " causal bounds checked against the given offset" : " causal bounds used")
                    + " (--format json lists them)");
        }
        fields.add("return-path", clock.returnPath().reason());
        fields.add("handshake", clock.handshake().reason());
        clock.notes().forEach(note -> fields.add("note", note));
        if (clock.placesEvents() && clock.quality() != AlignmentQuality.GIVEN) {
            fields.add("placement", clock.quality() == AlignmentQuality.TWO_SIDED
                    ? "destination events are placed at the middle of the interval (" + Figures.ms(clock.estimate().getAsLong()) + " ms)"
                    : "destination events are placed at their earliest possible time (the bound); later ones are ≥");
        }
        fields.print();
        out.println();
    }

    private void blackout(MigrationAnalysis analysis) {
        Blackout blackout = analysis.blackout();
        out.println("Blackout");
        Fields fields = new Fields();
        if (blackout.guestStopped().isPresent()) {
            fields.add("guest stopped", stopped(blackout.guestStopped().get())
                    + "  (src-downtime-start -> dst-*-vm-started, on the source's clock)");
        } else {
            fields.add("guest stopped", "unknown: " + blackout.unavailable().orElse(""));
        }
        analysis.libvirt().flatMap(LibvirtMigration::resumedLater).ifPresent(later -> fields.add("guest resumed", later));
        analysis.pause().ifPresent(pause -> fields.add("held", pause.explanation()));
        blackout.stoppedOnSource().ifPresent(micros -> fields.add("on the source",
                "stopped at least " + Figures.ms(micros) + " ms (src-downtime-start -> the source's failure),"
                + " then QEMU resumed it on the source"));
        fields.add("QEMU's figure", blackout.qemuDowntime().isPresent()
                ? Figures.ms(blackout.qemuDowntime().getAsLong()) + " ms  (src-downtime-start -> src-downtime-end;"
                  + " query-migrate reports it in whole ms)"
                : "unknown: " + blackout.qemuDowntimeUnavailable().orElse(""));
        fields.print();
        blackout.explanation().ifPresent(explanation -> out.println("  " + explanation));
        out.println();
    }

    private static String stopped(Estimate stopped) {
        Interval bounds = stopped.bounds();
        if (bounds.exact()) {
            return Figures.ms(bounds.low().getAsLong()) + " ms";
        }
        if (bounds.bounded()) {
            return Figures.ms(stopped) + " ms (between " + Figures.ms(bounds.low().getAsLong()) + " and "
                    + Figures.ms(bounds.high().getAsLong()) + " ms)";
        }
        if (bounds.boundedBelow()) {
            return "at least " + Figures.ms(bounds.low().getAsLong()) + " ms";
        }
        return "at most " + Figures.ms(bounds.high().getAsLong()) + " ms";
    }

    private void timeline(Timeline timeline) {
        if (!timeline.available()) {
            out.println("Timeline");
            timeline.note().ifPresent(note -> out.println(names.in(note)));
            if (!timeline.unplaced().isEmpty()) {
                out.println();
                out.println("Checkpoints and states seen (file order, no times)");
                TextTable table = new TextTable(out)
                        .column("HOST", TextTable.Align.LEFT)
                        .column("EVENT", TextTable.Align.LEFT)
                        .column("LINE", TextTable.Align.LEFT);
                timeline.unplaced().forEach(e -> table.row(e.host().abbreviation(), event(e), names.of(e.where())));
                table.finish();
            }
            out.println();
            return;
        }
        String clock = timeline.clock() == Role.SOURCE ? "the source's clock" : "the destination's own clock";
        out.println("Timeline (" + clock + ", ms since " + timeline.reference().orElse("the first event")
                + "; ≥, ≤, ± where the destination's time is uncertain)");
        TextTable table = new TextTable(out)
                .column("HOST", TextTable.Align.LEFT)
                .column("EVENT", TextTable.Align.LEFT)
                .column("SINCE START", TextTable.Align.RIGHT)
                .column("STEP", TextTable.Align.RIGHT)
                .column("LINE", TextTable.Align.LEFT);
        for (TimelineEntry entry : timeline.entries()) {
            table.row(entry.host().abbreviation(), event(entry), entry.sinceStart().map(Figures::ms).orElse(""),
                    entry.step().map(Figures::ms).orElse(""), names.of(entry.where()));
        }
        table.finish();
        timeline.note().ifPresent(note -> out.println(names.in(note)));
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
            table.row(milestone(phase.from()), milestone(phase.to()), Figures.ms(phase.duration()),
                    phase.share().isPresent() ? Figures.percent(phase.share().getAsDouble()) : "");
        }
        table.finish();
        analysis.pause().ifPresent(pause -> out.println(milestone(pause.phase().from()) + " -> "
                + milestone(pause.phase().to()) + ": " + names.in(pause.explanation()) + "."));
        out.println();
    }

    private void devices(DeviceBreakdown devices, int top) {
        if (devices.devices().isEmpty()) {
            return;
        }
        out.println("Devices (µs, QEMU's own measure of each save on the source and load on the destination)");
        TextTable table = new TextTable(out)
                .column("TYPE", TextTable.Align.LEFT)
                .column("DEVICE", TextTable.Align.LEFT)
                .column("INSTANCE", TextTable.Align.RIGHT)
                .column("SAVE", TextTable.Align.RIGHT)
                .column("LOAD", TextTable.Align.RIGHT);
        for (DeviceTimes device : devices.of(SectionType.ITERABLE)) {
            deviceRow(table, device);
        }
        for (DeviceTimes device : devices.topNonIterable(top)) {
            deviceRow(table, device);
        }
        DeviceBreakdown.Rest rest = devices.restNonIterable(top);
        if (rest.devices() > 0) {
            table.row(SectionType.NON_ITERABLE.traceName(), "(" + rest.devices() + " more)", "",
                    Long.toString(rest.save()), Long.toString(rest.load()));
        }
        for (DeviceBreakdown.TypeTotal total : devices.totals()) {
            table.row(total.type().traceName(), "total of " + total.devices(), "", Long.toString(total.save()),
                    Long.toString(total.load()));
        }
        table.finish();
        out.println();
    }

    private static void deviceRow(TextTable table, DeviceTimes device) {
        table.row(device.key().type().traceName(), device.key().idstr(), Long.toString(device.key().instanceId()),
                micros(device.save()), micros(device.load()));
    }

    private static String micros(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
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

    private static String event(TimelineEntry entry) {
        return entry.kind() == MilestoneKind.STATE ? "state " + entry.name() : entry.name();
    }

    private static String milestone(TimelineEntry entry) {
        return entry.kind() == MilestoneKind.STATE ? entry.host().abbreviation() + " state " + entry.name() : entry.name();
    }

    private String runName(Optional<Run> run) {
        return run.map(r -> names.of(r.id().input()) + " run " + r.id().index()).orElse("-");
    }

    private static String outcome(MigrationPair pair) {
        List<String> parts = new ArrayList<>();
        pair.source().ifPresent(run -> parts.add("source " + run.status().label()));
        pair.destination().ifPresent(run -> parts.add("destination " + run.status().label()));
        return String.join(", ", parts);
    }

    /** Aligned "label  value" lines. */
    private final class Fields {
        private final List<String[]> rows = new ArrayList<>();

        void add(String label, String value) {
            add(label, value, true);
        }

        /** @param shorten false to keep full input names (the header names each input once in full) */
        void add(String label, String value, boolean shorten) {
            rows.add(new String[]{label, shorten ? names.in(value) : value});
        }

        void print() {
            int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
            for (String[] row : rows) {
                out.println("  " + row[0] + " ".repeat(width - row[0].length() + 2) + row[1]);
            }
        }
    }
}
