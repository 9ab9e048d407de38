package io.downtime.report.migration;

import io.downtime.report.Renderer;
import io.downtime.blackout.Blackout;
import io.downtime.blackout.DeviceTimes;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.Phase;
import io.downtime.analysis.TimelineEntry;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.csv.CsvWriter;
import io.downtime.why.BlackoutPart;
import io.downtime.why.Why;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code analyzer report --format csv}: one long table, one row per figure, so that a script can
 * filter by {@code section} and pivot as it likes. Columns and sections are in docs/report.md.
 */
final class CsvReport implements Renderer<ReportDocument> {
    static final List<String> COLUMNS = List.of("migration", "section", "host", "name", "instance_id", "type", "line",
            "value_us", "low_us", "high_us");
    private final PrintWriter out;
    private final CsvWriter csv;

    CsvReport(PrintWriter out) {
        this.out = out;
        this.csv = new CsvWriter(out);
    }

    @Override
    public void render(ReportDocument document) {
        csv.row(COLUMNS);
        for (MigrationAnalysis analysis : document.analyses()) {
            int index = analysis.migration().pair().index();
            ClockAlignment clock = analysis.migration().clock();
            row(index, "clock_offset", "", clock.quality().label(), "", "", "", clock.estimate(), clock.offset());
            Blackout blackout = analysis.blackout();
            blackout.guestStopped().ifPresent(stopped -> estimate(index, "blackout", "", "", "", stopped));
            blackout.qemuDowntime().ifPresent(micros -> row(index, "qemu_downtime", "src", "", "", "", "",
                    OptionalLong.of(micros), Interval.exactly(micros)));
            blackout.stoppedOnSource().ifPresent(micros -> row(index, "stopped_on_source", "src", "", "", "", "",
                    OptionalLong.of(micros), Interval.atLeast(micros)));
            Why why = analysis.why();
            why.decision().expectedDowntimeMicros().value().ifPresent(micros -> row(index, "expected_downtime", "src", "",
                    "", "", why.decision().line().map(Object::toString).orElse(""), OptionalLong.of(micros),
                    Interval.exactly(micros)));
            why.decision().limit().ifPresent(limit -> row(index, "downtime_limit", "", limit.source().label(), "", "", "",
                    OptionalLong.of(limit.micros()), Interval.exactly(limit.micros())));
            why.prediction().error().ifPresent(error -> estimate(index, "prediction_error", "src>dst", "", "", error));
            for (BlackoutPart part : why.parts().parts()) {
                boolean across = part.spans().stream().anyMatch(span -> span.from().host() != span.to().host());
                estimate(index, "blackout_part", across ? "src>dst" : part.spans().isEmpty() ? ""
                        : part.spans().get(0).from().host().abbreviation(), part.kind().label(), "", part.duration());
            }
            for (TimelineEntry entry : analysis.timeline().entries()) {
                String section = entry.kind() == MilestoneKind.CHECKPOINT ? "checkpoint" : "state";
                estimate(index, section, entry.host().abbreviation(), entry.name(), entry.where().toString(),
                        entry.sinceStart().orElse(new Estimate(Interval.unbounded(), OptionalLong.empty())));
            }
            for (Phase phase : analysis.phases().phases()) {
                String hosts = phase.crossesHosts() ? phase.from().host().abbreviation() + ">" + phase.to().host().abbreviation()
                        : phase.from().host().abbreviation();
                estimate(index, "phase", hosts, phase.from().name() + " -> " + phase.to().name(), "", phase.duration());
            }
            for (DeviceTimes device : analysis.devices().devices()) {
                device(index, "device_save", "src", device, device.save());
                device(index, "device_load", "dst", device, device.load());
            }
        }
        out.flush();
    }

    private void device(int index, String section, String host, DeviceTimes device, OptionalLong micros) {
        if (micros.isPresent()) {
            row(index, section, host, device.key().idstr(), Long.toString(device.key().instanceId()),
                    device.key().type().traceName(), "", micros, Interval.exactly(micros.getAsLong()));
        }
    }

    private void estimate(int index, String section, String host, String name, String line, Estimate estimate) {
        row(index, section, host, name, "", "", line, estimate.value(), estimate.bounds());
    }

    private void row(int index, String section, String host, String name, String instance, String type, String line,
                     OptionalLong value, Interval bounds) {
        List<Object> cells = new ArrayList<>(Arrays.asList(index, section, host, name, instance, type, line));
        cells.add(text(value));
        cells.add(text(bounds.low()));
        cells.add(text(bounds.high()));
        csv.row(cells);
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
