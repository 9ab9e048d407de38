package io.downtime.report.events;

import io.downtime.report.DeviceLabels;
import io.downtime.report.EventHovers;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.report.html.Chart;
import io.downtime.report.html.ChartTrace;
import it.unimi.dsi.fastutil.ints.IntArrays;

import java.util.ArrayList;
import java.util.Arrays;
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
     * The {@link #MAX_BARS} longest, longest first. Equal times are in the order fastutil's quicksort leaves
     * them, not the input's: that is how these bars were sorted when a Tablesaw table held them
     * ({@code sortDescendingOn}, which sorts the rows' indices with it), and the real samples have equal
     * times across the cut (full-trace-kvm-8vcpu-many-devices: 11 devices saved in 4 µs, 8 of them among
     * the 60 drawn), so a stable sort would change which devices the pages draw. Only the sign of the
     * comparison counts to the quicksort, so comparing the µs gives Tablesaw's order of the ms.
     */
    static List<Bar> longestFirst(List<Bar> bars) {
        int[] order = new int[bars.size()];
        Arrays.setAll(order, i -> i);
        IntArrays.parallelQuickSort(order,
                (a, b) -> Long.compare(bars.get(b).device().downtimeMicros(), bars.get(a).device().downtimeMicros()));
        return Arrays.stream(order).limit(MAX_BARS).mapToObj(bars::get).toList();
    }

    /** One device's bar: its label (unique within the chart) and its record. */
    record Bar(String label, DeviceDowntime device) {
    }
}
