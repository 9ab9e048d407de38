package io.downtime.report.events;

import io.downtime.report.EventFields;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.TraceEvent;
import io.downtime.report.html.Chart;
import io.downtime.report.html.HtmlPage;
import io.downtime.report.html.HtmlTable;
import io.downtime.report.html.HtmlTableBuilder;
import io.downtime.report.html.PageSection;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
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
            section.add(deviceTable(input.devices()));
            truncationNote(section, input.deviceCount(), "device records");
        }
        if (!input.moments().isEmpty()) {
            section.add(momentTable(input.moments(), timeZero));
            truncationNote(section, input.momentCount(), "other events");
        }
    }

    private static void truncationNote(PageSection section, long count, String what) {
        if (count > InputEvents.KEPT) {
            section.note("The first " + InputEvents.KEPT + " of " + count + " " + what
                    + " are shown; --format csv lists them all.");
        }
    }

    private static HtmlTable deviceTable(List<DeviceDowntime> devices) {
        return HtmlTableBuilder.over(devices)
                .number("line", d -> d.header().where().line())
                .text("time (UTC)", d -> EventFields.utc(d.header()))
                .text("event", EventFields::eventName)
                .text("type", d -> d.type().traceName())
                .text("idstr", DeviceDowntime::idstr)
                .number("instance", DeviceDowntime::instanceId)
                .number("downtime (µs)", DeviceDowntime::downtimeMicros)
                .build();
    }

    private static HtmlTable momentTable(List<TraceEvent> moments, OptionalLong timeZero) {
        return HtmlTableBuilder.over(moments)
                .number("line", e -> e.header().where().line())
                .text("time (UTC)", e -> EventFields.utc(e.header()))
                .decimal("t (ms)", "0.000", e -> e.header().hasTime() && timeZero.isPresent()
                        ? OptionalDouble.of((e.header().micros() - timeZero.getAsLong()) / 1000.0)
                        : OptionalDouble.empty())
                .text("event", EventFields::eventName)
                .text("details", EventFields::detailText)
                .build();
    }

    private void linesSection(PageSection section, LineAccounting total) {
        List<InputLines> lines = new ArrayList<>();
        for (InputEvents input : inputs) {
            lines.add(new InputLines(input.name(), input.accounting()));
        }
        if (inputs.size() > 1) {
            lines.add(new InputLines("total", total));
        }
        section.paragraph("Every line of every input is counted once: understood, another trace event,"
                + " not a trace line, or rejected (with a diagnostic on stderr).");
        section.add(HtmlTableBuilder.over(lines)
                .text("input", InputLines::name)
                .number("lines", l -> l.accounting().lines())
                .number("understood", l -> l.accounting().understoodTotal())
                .number("other events", l -> l.accounting().otherEvents())
                .number("non-trace", l -> l.accounting().nonTrace())
                .number("rejected", l -> l.accounting().rejected())
                .text("read failed", l -> l.accounting().readFailures() > 0 ? "yes" : "")
                .build());
    }

    /** A row of the lines' table: an input (or the total) and where its lines went. */
    private record InputLines(String name, LineAccounting accounting) {
    }
}
