package io.downtime.report.events;

import io.downtime.report.DeviceLabels;
import io.downtime.report.EventHovers;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.report.html.Chart;
import io.downtime.report.html.ChartTrace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The save (or load) time of each device of one input, longest first, as horizontal bars. */
final class DeviceTimeChart {
    /** More bars than this are not readable; the table below the chart lists them all. */
    static final int MAX_BARS = 60;

    private DeviceTimeChart() {
    }

    /** The chart of {@code operation}'s records, or null when the input has none. */
    static Chart of(List<DeviceDowntime> devices, DeviceOperation operation) {
        List<DeviceDowntime> records = devices.stream().filter(d -> d.operation() == operation).toList();
        if (records.isEmpty()) {
            return null;
        }
        List<String> labels = DeviceLabels.unique(records);
        List<Bar> bars = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            bars.add(new Bar(labels.get(i), records.get(i)));
        }
        List<Bar> shown = longestFirst(bars);
        String verb = operation.name().toLowerCase(Locale.ROOT);
        ChartTrace trace = ChartTrace.horizontalBars(shown.stream().map(Bar::label).toList(),
                        shown.stream().mapToDouble(bar -> bar.device().downtimeMicros() / 1000.0).toArray())
                .name(verb)
                // size is jsplot's default, which these bars carried before (it does nothing to a bar)
                .set("marker", Map.of("size", 6.0, "color", operation == DeviceOperation.SAVE ? "#2f5d9e" : "#d9822b"))
                .texts("hovertext", shown.stream().map(bar -> EventHovers.device(bar.device())).toList())
                .set("hoverinfo", "text");
        return Chart.builder()
                .trace(trace)
                .layout("showlegend", false)
                .title(records.size() > MAX_BARS
                        ? "Device " + verb + " time: the " + MAX_BARS + " longest of " + records.size()
                        : "Device " + verb + " time")
                .axisTitle("xaxis", "downtime (ms)")
                .axis("yaxis", "type", "category")
                .axis("yaxis", "autorange", "reversed")
                .axis("yaxis", "automargin", true)
                .axis("yaxis", "dtick", 1)
                .layout("margin", Map.of("t", 40, "r", 20))
                .height(100 + 18 * shown.size())
                .build();
    }

    /**
     * The {@link #MAX_BARS} longest, longest first; equal times in the order the trace recorded them (a stable
     * sort), so that which of several equal devices make the cut is the trace's order, not a sorting algorithm's.
     */
    static List<Bar> longestFirst(List<Bar> bars) {
        return bars.stream()
                .sorted(Comparator.comparingLong((Bar bar) -> bar.device().downtimeMicros()).reversed())
                .limit(MAX_BARS)
                .toList();
    }

    /** One device's bar: its label (unique within the chart) and its record. */
    record Bar(String label, DeviceDowntime device) {
    }
}
