package io.downtime.report.events;

import io.downtime.report.EventHovers;
import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.MigrationInitiated;
import io.downtime.model.QemuShutdown;
import io.downtime.model.QemuStartup;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.report.html.Chart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One input's events on its own clock: checkpoints, state changes and other moments as markers,
 * each device save or load as a bar that ends at its line's time and is as long as its
 * {@code downtime} (QEMU writes the line right after measuring). One lane per kind.
 */
final class EventTimelineChart {
    private enum Lane {
        CHECKPOINTS("checkpoints", "#1d2330"),
        SAVES("device saves", "#2f5d9e"),
        LOADS("device loads", "#d9822b"),
        STATES("migration state", "#7a8499"),
        LIBVIRT("libvirt", "#5b8c5a"),
        OTHER("RFC events, messages", "#a4262c");

        final String label;
        final String colour;

        Lane(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }
    }

    private EventTimelineChart() {
    }

    /** The chart, or null when no event of the input has a time; {@code timeZeroMicros} is x = 0. */
    static Chart of(InputEvents input, long timeZeroMicros) {
        Table items = Table.create("timeline",
                StringColumn.create("lane"), DoubleColumn.create("start_ms"), DoubleColumn.create("length_ms"),
                StringColumn.create("hover"));
        for (TraceEvent event : input.moments()) {
            if (event.header().hasTime()) {
                double at = millis(event.header().micros() - timeZeroMicros);
                add(items, laneOf(event), at, 0, EventHovers.moment(event) + "\nat " + EventHovers.millis(at) + " ms");
            }
        }
        for (DeviceDowntime device : input.devices()) {
            if (device.header().hasTime()) {
                double end = millis(device.header().micros() - timeZeroMicros);
                double length = millis(device.downtimeMicros());
                add(items, device.operation() == DeviceOperation.SAVE ? Lane.SAVES : Lane.LOADS, end - length, length,
                        EventHovers.device(device) + "\nends at " + EventHovers.millis(end) + " ms");
            }
        }
        if (items.rowCount() == 0) {
            return null;
        }
        List<Trace> traces = new ArrayList<>();
        List<Table> traceItems = new ArrayList<>();
        List<String> lanes = new ArrayList<>();
        for (Lane lane : Lane.values()) {
            Table rows = items.where(items.stringColumn("lane").isEqualTo(lane.label));
            if (rows.rowCount() == 0) {
                continue;
            }
            lanes.add(lane.label);
            traceItems.add(rows);
            if (lane == Lane.SAVES || lane == Lane.LOADS) {
                traces.add(BarTrace.builder(rows.stringColumn("lane"), rows.doubleColumn("length_ms"))
                        .orientation(BarTrace.Orientation.HORIZONTAL).name(lane.label)
                        .marker(Marker.builder().color(lane.colour).build()).build());
            } else {
                traces.add(ScatterTrace.builder(rows.doubleColumn("start_ms"), rows.stringColumn("lane"))
                        .mode(ScatterTrace.Mode.MARKERS).name(lane.label)
                        .marker(Marker.builder().color(lane.colour).size(10).symbol(Symbol.DIAMOND).build()).build());
            }
        }
        Layout layout = Layout.builder().showLegend(false).hoverMode(Layout.HoverMode.CLOSEST).build();
        Chart.Builder chart = Chart.builder(new Figure(layout, traces.toArray(Trace[]::new)))
                .axisTitle("xaxis", "ms from " + EventHovers.utc(timeZeroMicros)
                        + (input.moments().stream().anyMatch(Checkpoint.class::isInstance) ? " (first checkpoint)" : " (first event)"))
                .axis("xaxis", "zeroline", true)
                .axis("yaxis", "type", "category")
                .axis("yaxis", "categoryorder", "array")
                .axis("yaxis", "categoryarray", lanes)
                .axis("yaxis", "autorange", "reversed")
                .axis("yaxis", "automargin", true)
                .layout("margin", Map.of("t", 20, "r", 20))
                .height(110 + 45 * lanes.size());
        for (int i = 0; i < traces.size(); i++) {
            Table rows = traceItems.get(i);
            chart.traceTexts(i, "hovertext", rows.stringColumn("hover").asList()).trace(i, "hoverinfo", "text");
            if (traces.get(i) instanceof BarTrace) {
                chart.trace(i, "base", rows.doubleColumn("start_ms").asDoubleArray()).trace(i, "width", 0.6);
            }
        }
        return chart.build();
    }

    private static Lane laneOf(TraceEvent event) {
        if (event instanceof Checkpoint) {
            return Lane.CHECKPOINTS;
        }
        if (event instanceof StateChange) {
            return Lane.STATES;
        }
        if (event instanceof QemuStartup || event instanceof QemuShutdown || event instanceof MigrationInitiated) {
            return Lane.LIBVIRT;
        }
        return Lane.OTHER;
    }

    private static void add(Table items, Lane lane, double start, double length, String hover) {
        items.stringColumn("lane").append(lane.label);
        items.doubleColumn("start_ms").append(start);
        items.doubleColumn("length_ms").append(length);
        items.stringColumn("hover").append(hover);
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
