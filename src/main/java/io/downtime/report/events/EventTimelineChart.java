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
import io.downtime.report.html.ChartTrace;
import io.downtime.report.html.MarkerSymbol;

import java.util.ArrayList;
import java.util.Collections;
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
        List<Item> items = new ArrayList<>();
        for (TraceEvent event : input.moments()) {
            if (event.header().hasTime()) {
                double at = millis(event.header().micros() - timeZeroMicros);
                items.add(new Item(laneOf(event), at, 0, EventHovers.moment(event) + "\nat " + EventHovers.millis(at) + " ms"));
            }
        }
        for (DeviceDowntime device : input.devices()) {
            if (device.header().hasTime()) {
                double end = millis(device.header().micros() - timeZeroMicros);
                double length = millis(device.downtimeMicros());
                items.add(new Item(device.operation() == DeviceOperation.SAVE ? Lane.SAVES : Lane.LOADS, end - length, length,
                        EventHovers.device(device) + "\nends at " + EventHovers.millis(end) + " ms"));
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        Chart.Builder chart = Chart.builder();
        List<String> lanes = new ArrayList<>();
        for (Lane lane : Lane.values()) {
            List<Item> rows = items.stream().filter(item -> item.lane() == lane).toList();
            if (rows.isEmpty()) {
                continue;
            }
            lanes.add(lane.label);
            // every item of a trace is on its lane's row: the lane's name is each item's y (a bar's, a marker's)
            List<String> onLane = Collections.nCopies(rows.size(), lane.label);
            double[] starts = rows.stream().mapToDouble(Item::startMs).toArray();
            ChartTrace trace;
            if (lane == Lane.SAVES || lane == Lane.LOADS) {
                trace = ChartTrace.horizontalBars(onLane, rows.stream().mapToDouble(Item::lengthMs).toArray())
                        // size is jsplot's default, which these bars carried before (it does nothing to a bar)
                        .set("marker", Map.of("size", 6.0, "color", lane.colour))
                        .set("base", starts)
                        .set("width", 0.6);
            } else {
                trace = ChartTrace.markers(starts, onLane, lane.colour, MarkerSymbol.DIAMOND);
            }
            chart.trace(trace.name(lane.label).texts("hovertext", rows.stream().map(Item::hover).toList()).set("hoverinfo", "text"));
        }
        return chart
                .layout("showlegend", false)
                .axisTitle("xaxis", "ms from " + EventHovers.utc(timeZeroMicros)
                        + (input.moments().stream().anyMatch(Checkpoint.class::isInstance) ? " (first checkpoint)" : " (first event)"))
                .axis("xaxis", "zeroline", true)
                .axis("yaxis", "type", "category")
                .axisCategories("yaxis", lanes)
                .axis("yaxis", "autorange", "reversed")
                .axis("yaxis", "automargin", true)
                .layout("margin", Map.of("t", 20, "r", 20))
                .height(110 + 45 * lanes.size())
                .build();
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

    /** One marker (length 0) or bar of the chart, in ms from time zero. */
    private record Item(Lane lane, double startMs, double lengthMs, String hover) {
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
