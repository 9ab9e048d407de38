package io.downtime.report.events;

import io.downtime.report.EventFields;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.TraceEvent;
import io.downtime.report.html.Chart;
import io.downtime.report.html.HtmlPage;
import io.downtime.report.html.HtmlTable;
import io.downtime.report.html.PageSection;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code events} as one HTML page: per input, a timeline of its events, its device save/load
 * times as bars, and the events as sortable tables; then where every line went.
 */
final class HtmlEventListing implements EventListing {
    private final PrintWriter out;
    private final boolean listEvents;
    private final String generator;
    private final List<InputEvents> inputs = new ArrayList<>();
    private InputEvents current;

    HtmlEventListing(PrintWriter out, boolean listEvents, String generator) {
        this.out = out;
        this.listEvents = listEvents;
        this.generator = generator;
    }

    @Override
    public void beginInput(TraceInput input) {
        current = new InputEvents(input.name());
        inputs.add(current);
    }

    @Override
    public void event(TraceEvent event) {
        if (listEvents) {
            current.add(event);
        }
    }

    @Override
    public void endInput(TraceInput input, LineAccounting accounting) {
        current.finish(accounting);
    }

    @Override
    public void finish(LineAccounting total, PrintWriter summaryOut) {
        String title = inputs.size() == 1 ? "Trace events of " + inputs.get(0).name() : "Trace events";
        HtmlPage page = new HtmlPage(title, generator)
                .fact("Inputs", Integer.toString(inputs.size()))
                .fact("Lines read", Long.toString(total.lines()))
                .fact("Understood events", Long.toString(total.understoodTotal()))
                .fact("Rejected lines", total.rejected() + (total.rejected() > 0 ? " (each reported on stderr)" : ""));
        if (listEvents) {
            inputs.forEach(input -> inputSection(page.section(input.name()), input));
        }
        linesSection(page.section("Lines read"), total);
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inputSection(PageSection section, InputEvents input) {
        if (input.devices().isEmpty() && input.moments().isEmpty()) {
            section.note("No understood events in this input.");
            return;
        }
        OptionalLong timeZero = input.timeZeroMicros();
        Chart timeline = timeZero.isPresent() ? EventTimelineChart.of(input, timeZero.getAsLong()) : null;
        if (timeline != null) {
            section.paragraph("Timeline: hover over a marker or bar for the event and its line; drag to zoom, double-click to zoom out.");
            section.add(timeline);
        } else {
            section.note("This input's lines carry no time (QEMU ran with -msg timestamp=off), so there is no timeline;"
                    + " the device times below are QEMU's own measurements and need no clock.");
        }
        for (DeviceOperation operation : DeviceOperation.values()) {
            Chart devices = DeviceTimeChart.of(input.devices(), operation);
            if (devices != null) {
                section.add(devices);
            }
        }
        if (!input.devices().isEmpty()) {
            section.add(HtmlTable.of(deviceTable(input.devices())));
            truncationNote(section, input.deviceCount(), "device records");
        }
        if (!input.moments().isEmpty()) {
            section.add(HtmlTable.of(momentTable(input.moments(), timeZero)));
            truncationNote(section, input.momentCount(), "other events");
        }
    }

    private static void truncationNote(PageSection section, long count, String what) {
        if (count > InputEvents.KEPT) {
            section.note("The first " + InputEvents.KEPT + " of " + count + " " + what
                    + " are shown; --format csv lists them all.");
        }
    }

    private static Table deviceTable(List<DeviceDowntime> devices) {
        return Table.create("devices",
                LongColumn.create("line", devices.stream().mapToLong(d -> d.header().where().line())),
                StringColumn.create("time (UTC)", devices.stream().map(d -> EventFields.utc(d.header()))),
                StringColumn.create("event", devices.stream().map(EventFields::eventName)),
                StringColumn.create("type", devices.stream().map(d -> d.type().traceName())),
                StringColumn.create("idstr", devices.stream().map(DeviceDowntime::idstr)),
                LongColumn.create("instance", devices.stream().mapToLong(DeviceDowntime::instanceId)),
                LongColumn.create("downtime (µs)", devices.stream().mapToLong(DeviceDowntime::downtimeMicros)));
    }

    private static Table momentTable(List<TraceEvent> moments, OptionalLong timeZero) {
        DoubleColumn at = DoubleColumn.create("t (ms)");
        for (TraceEvent event : moments) {
            if (event.header().hasTime() && timeZero.isPresent()) {
                at.append((event.header().micros() - timeZero.getAsLong()) / 1000.0);
            } else {
                at.appendMissing();
            }
        }
        at.setPrintFormatter(new NumberColumnFormatter(new DecimalFormat("0.000", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        return Table.create("moments",
                LongColumn.create("line", moments.stream().mapToLong(e -> e.header().where().line())),
                StringColumn.create("time (UTC)", moments.stream().map(e -> EventFields.utc(e.header()))),
                at,
                StringColumn.create("event", moments.stream().map(EventFields::eventName)),
                StringColumn.create("details", moments.stream().map(EventFields::detailText)));
    }

    private void linesSection(PageSection section, LineAccounting total) {
        Table lines = Table.create("lines", StringColumn.create("input"), LongColumn.create("lines"),
                LongColumn.create("understood"), LongColumn.create("other events"), LongColumn.create("non-trace"),
                LongColumn.create("rejected"), StringColumn.create("read failed"));
        for (InputEvents input : inputs) {
            addLines(lines, input.name(), input.accounting());
        }
        if (inputs.size() > 1) {
            addLines(lines, "total", total);
        }
        section.paragraph("Every line of every input is counted once: understood, another trace event,"
                + " not a trace line, or rejected (with a diagnostic on stderr).");
        section.add(HtmlTable.of(lines));
    }

    private static void addLines(Table lines, String name, LineAccounting a) {
        lines.stringColumn("input").append(name);
        lines.longColumn("lines").append(a.lines());
        lines.longColumn("understood").append(a.understoodTotal());
        lines.longColumn("other events").append(a.otherEvents());
        lines.longColumn("non-trace").append(a.nonTrace());
        lines.longColumn("rejected").append(a.rejected());
        lines.stringColumn("read failed").append(a.readFailures() > 0 ? "yes" : "");
    }
}
