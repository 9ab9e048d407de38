package io.downtime.report.migration;

import io.downtime.analysis.TimelineAxis;
import io.downtime.report.EventFields;
import io.downtime.clock.Estimate;
import io.downtime.report.migration.TimelineLayers.Item;
import io.downtime.report.migration.TimelineLayers.Lane;
import io.downtime.report.migration.TimelineLayers.Row;
import io.downtime.report.migration.TimelineLayers.Series;
import io.downtime.report.migration.TimelineLayers.Span;
import io.downtime.report.html.Chart;
import io.downtime.report.html.ChartTrace;
import io.downtime.report.html.Escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Draws {@link TimelineLayers} with Plotly: one category row per {@link Row}, top to bottom; a
 * trace per {@link Series}; spans, lane separators and the destination's uncertainty band as
 * shapes. Row names, hover texts and labels go through {@link ChartTrace}'s and {@link Chart.Builder}'s
 * methods that escape them for Plotly.
 */
final class TimelineFigure {
    private static final String RULE = "#d7dbe3";
    /** Pixels between the labels of moments above the chart. */
    private static final int LABEL_LINE = 15;

    private TimelineFigure() {
    }

    /**
     * @param openingFrom where the chart opens, in µs since the reference (the switchover's first
     *                    checkpoint or device bar); the reader zooms out to see earlier events
     */
    static Chart chart(List<Row> rows, List<Series> series, List<Span> spans, TimelineAxis axis, OptionalDouble openingFrom) {
        List<Series> drawn = series.stream().filter(s -> !s.items().isEmpty()).toList();
        Window window = Window.of(drawn, spans, openingFrom);
        List<String> labels = rows.stream().map(Row::label).toList();
        Chart.Builder chart = Chart.builder();
        for (Series s : drawn) {
            chart.trace(s.bars() ? bars(s, window) : marks(s));
        }
        return chart
                .layout("showlegend", false)
                .axisTitle("xaxis", "ms since " + axis.reference() + " ("
                        + EventFields.utc(axis.referenceMicros()) + " on the " + axis.clock().label() + "'s clock)")
                .axis("xaxis", "type", "linear")
                .axis("xaxis", "zeroline", true)
                .axis("xaxis", "range", List.of(window.left(), window.right()))
                .axis("yaxis", "type", "category")
                .axisCategories("yaxis", labels)
                .axis("yaxis", "range", List.of(rows.size() - 0.5, -0.5))
                .axis("yaxis", "fixedrange", true)
                .axis("yaxis", "automargin", true)
                .layout("barmode", "overlay")
                .layout("margin", Map.of("t", 30 + LABEL_LINE * Math.max(0, labels(spans) - 1), "r", 30))
                .layout("shapes", shapes(rows, drawn, spans, window))
                .layout("annotations", annotations(rows, drawn, spans, window))
                .height(110 + 26 * rows.size() + LABEL_LINE * Math.max(0, labels(spans) - 1))
                .build();
    }

    private static int labels(List<Span> spans) {
        return (int) spans.stream().filter(span -> span.label() != null).count();
    }

    private static ChartTrace bars(Series s, Window window) {
        double[] lengths = s.items().stream()
                .mapToDouble(item -> (item.openEnd() ? window.right() : item.endMs()) - item.startMs()).toArray();
        ChartTrace bars = ChartTrace.horizontalBars(s.items().stream().map(item -> s.row().label()).toList(), lengths)
                .texts("hovertext", s.items().stream().map(Item::hover).toList())
                .set("hoverinfo", "text")
                .set("base", s.items().stream().mapToDouble(Item::startMs).toArray())
                .set("width", 0.6)
                .set("marker", Map.of("color", s.colour(), "opacity", s.opacity(),
                        "line", Map.of("color", "#ffffff", "width", s.row().label().endsWith("phases") ? 1.5 : 0)));
        if (s.items().stream().anyMatch(item -> item.text() != null)) {
            bars.texts("text", s.items().stream().map(item -> item.text() == null ? "" : item.text()).toList())
                    // Inside a bar long enough to hold it, else beside it.
                    .set("textposition", "auto")
                    .set("insidetextanchor", "start")
                    .set("constraintext", "none")
                    .set("textfont", Map.of("size", 11))
                    .set("cliponaxis", false);
        }
        return bars;
    }

    private static ChartTrace marks(Series s) {
        ChartTrace marks = ChartTrace.markers(s.items().stream().mapToDouble(Item::startMs).toArray(),
                        s.items().stream().map(item -> s.row().label()).toList(), s.colour(), s.symbol())
                .texts("hovertext", s.items().stream().map(Item::hover).toList())
                .set("hoverinfo", "text");
        if (s.items().stream().anyMatch(item -> item.start().bounds().bounded() && !item.start().exact())) {
            marks.set("error_x", errorBars(s));
        }
        return marks;
    }

    /** Each uncertain mark's interval (both ends known) as an error bar; exact marks get none. */
    private static Map<String, Object> errorBars(Series s) {
        List<Double> plus = new ArrayList<>();
        List<Double> minus = new ArrayList<>();
        for (Item item : s.items()) {
            boolean bounded = item.start().bounds().bounded();
            long value = item.start().value().getAsLong();
            plus.add(bounded ? (item.start().bounds().high().getAsLong() - value) / 1000.0 : 0);
            minus.add(bounded ? (value - item.start().bounds().low().getAsLong()) / 1000.0 : 0);
        }
        return Map.of("type", "data", "symmetric", false, "array", plus, "arrayminus", minus,
                "color", s.colour(), "thickness", 1.5, "width", 4);
    }

    private static List<Map<String, Object>> shapes(List<Row> rows, List<Series> series, List<Span> spans, Window window) {
        List<Map<String, Object>> shapes = new ArrayList<>();
        for (Span span : spans) {
            double from = span.from().map(micros -> micros / 1000.0).orElse(window.left());
            double to = span.to().map(micros -> micros / 1000.0).orElse(window.right());
            if (span.line()) {
                shapes.add(shape("line", "x", "paper", from, from, 0, 1, Map.of("line", Map.of("color", span.colour(), "width", 2, "dash", "dash"))));
            } else {
                shapes.add(shape("rect", "x", "paper", from, to, 0, 1, Map.of("fillcolor", span.colour(), "opacity", span.opacity(),
                        "line", Map.of("width", 0), "layer", "below")));
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).lane() != rows.get(i - 1).lane()) {
                shapes.add(shape("line", "paper", "y", 0, 1, i - 0.5, i - 0.5, Map.of("line", Map.of("color", RULE, "width", 1))));
            }
        }
        Band band = Band.of(rows, series, window);
        for (double[] segment : band.segments()) {
            shapes.add(shape("rect", "x", "y", segment[0], segment[1], band.top(), band.bottom(),
                    Map.of("fillcolor", SwitchoverTimeline.DESTINATION_COLOUR, "opacity", 0.13, "line", Map.of("width", 0), "layer", "below")));
        }
        return shapes;
    }

    private static List<Map<String, Object>> annotations(List<Row> rows, List<Series> series, List<Span> spans, Window window) {
        List<Map<String, Object>> annotations = new ArrayList<>();
        int labelled = 0;
        for (Span span : spans) {
            if (span.label() != null) {
                double at = span.from().map(micros -> micros / 1000.0).orElse(window.left());
                // Moments close together (two policies firing a few ms apart) would print their labels over
                // each other: each label gets its own line above the chart.
                Map<String, Object> annotation = new LinkedHashMap<>(Map.of("x", at, "xref", "x", "y", 1, "yref", "paper",
                        "yanchor", "bottom", "xanchor", "left", "text", Escape.plotlyText(span.label()), "showarrow", false,
                        "font", Map.of("color", span.colour())));
                annotation.put("yshift", LABEL_LINE * labelled++);
                annotations.add(annotation);
            }
        }
        Band band = Band.of(rows, series, window);
        if (band.openRight()) {
            annotations.add(Map.of("x", window.right(), "xref", "x", "y", (band.top() + band.bottom()) / 2, "yref", "y",
                    "xanchor", "right", "text", "no upper bound →", "showarrow", false,
                    "font", Map.of("color", SwitchoverTimeline.DESTINATION_COLOUR)));
        }
        if (band.openLeft()) {
            annotations.add(Map.of("x", window.left(), "xref", "x", "y", (band.top() + band.bottom()) / 2, "yref", "y",
                    "xanchor", "left", "text", "← no lower bound", "showarrow", false,
                    "font", Map.of("color", SwitchoverTimeline.DESTINATION_COLOUR)));
        }
        return annotations;
    }

    private static Map<String, Object> shape(String type, String xref, String yref, double x0, double x1, double y0, double y1,
                                             Map<String, Object> style) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("type", type);
        shape.put("xref", xref);
        shape.put("yref", yref);
        shape.put("x0", x0);
        shape.put("x1", x1);
        shape.put("y0", y0);
        shape.put("y1", y1);
        shape.putAll(style);
        return shape;
    }

    /** The x range the chart opens on, in ms: from {@code openingFrom} to the last thing drawn, with a margin. */
    record Window(double left, double right) {
        static Window of(List<Series> series, List<Span> spans, OptionalDouble openingFrom) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (Series s : series) {
                for (Item item : s.items()) {
                    min = Math.min(min, item.startMs());
                    max = Math.max(max, Math.max(item.startMs(), item.endMs()));
                }
            }
            for (Span span : spans) {
                for (Optional<Long> end : List.of(span.from(), span.to())) {
                    if (end.isPresent()) {
                        max = Math.max(max, end.get() / 1000.0);
                    }
                }
            }
            double left = openingFrom.isPresent() ? Math.max(min, openingFrom.getAsDouble() / 1000.0) : min;
            double width = Math.max(max - left, 0.01);
            return new Window(left - 0.04 * width, max + 0.06 * width);
        }
    }

    /**
     * Where the destination's events may lie: the union of their intervals, over the destination's
     * lane; an interval open on one side reaches the window's edge.
     *
     * @param top    the lane's first row's upper edge, in the y axis's category units (row i is at i)
     * @param bottom the lane's last row's lower edge
     */
    record Band(List<double[]> segments, double top, double bottom, boolean openLeft, boolean openRight) {
        static Band of(List<Row> rows, List<Series> series, Window window) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).lane() == Lane.DESTINATION) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                return new Band(List.of(), 0, 0, false, false);
            }
            List<double[]> intervals = new ArrayList<>();
            boolean openLeft = false;
            boolean openRight = false;
            for (Series s : series) {
                if (s.row().lane() != Lane.DESTINATION) {
                    continue;
                }
                for (Item item : s.items()) {
                    // A bar's length is exact (one host's clock): only its ends move with the offset.
                    for (Estimate moment : List.of(item.start(), item.end())) {
                        if (moment.exact()) {
                            continue;
                        }
                        boolean leftOpen = moment.bounds().low().isEmpty();
                        boolean rightOpen = moment.bounds().high().isEmpty();
                        openLeft |= leftOpen;
                        openRight |= rightOpen;
                        intervals.add(new double[]{
                                leftOpen ? window.left() : moment.bounds().low().getAsLong() / 1000.0,
                                rightOpen ? window.right() : moment.bounds().high().getAsLong() / 1000.0});
                    }
                }
            }
            intervals.sort(Comparator.comparingDouble(interval -> interval[0]));
            List<double[]> merged = new ArrayList<>();
            for (double[] interval : intervals) {
                if (!merged.isEmpty() && interval[0] <= merged.get(merged.size() - 1)[1]) {
                    double[] previous = merged.get(merged.size() - 1);
                    previous[1] = Math.max(previous[1], interval[1]);
                } else {
                    merged.add(interval.clone());
                }
            }
            return new Band(merged, first - 0.5, last + 0.5, openLeft, openRight);
        }
    }
}
