package io.downtime.report.compare;

import io.downtime.compare.Change;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.SampleSummary;
import io.downtime.compare.Verdict;
import io.downtime.report.words.ComparisonWords;
import io.downtime.report.html.Chart;
import io.downtime.report.html.ChartTrace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of a comparison as horizontal bars: each the change of the median (candidate - baseline,
 * ms) with its bootstrap interval as an error bar, coloured by the verdict, the reported changes
 * labelled; in the comparison's order (impact on the blackout), top to bottom. The figures are the
 * comparison's; they are only drawn here.
 */
final class ComparisonChart {
    /** More bars than this are not readable; every regression and improvement is drawn all the same. */
    static final int MAX_BARS = 40;
    static final Map<Verdict, String> COLOURS = Map.of(Verdict.REGRESSION, "#a4262c", Verdict.IMPROVEMENT, "#1a7f5a",
            Verdict.NO_CHANGE, "#9aa3b2", Verdict.TOO_FEW_RUNS, "#c9ced8");
    private static final String OTHER_COLOUR = "#c9ced8";

    private ComparisonChart() {
    }

    /** The figures drawn: those with a change, every reported one, then the others in order up to {@link #MAX_BARS}. */
    static List<FigureComparison> drawn(List<FigureComparison> figures) {
        List<FigureComparison> changed = figures.stream().filter(f -> f.change().isPresent()).toList();
        long reported = changed.stream().filter(f -> f.verdict().changed()).count();
        long others = Math.max(0, MAX_BARS - reported);
        List<FigureComparison> drawn = new ArrayList<>();
        for (FigureComparison figure : changed) {
            if (figure.verdict().changed() || others-- > 0) {
                drawn.add(figure);
            }
        }
        return drawn;
    }

    /** The chart of {@link #drawn}'s figures; there must be at least one. */
    static Chart of(List<FigureComparison> drawn) {
        List<String> labels = labels(drawn);
        double[] deltas = drawn.stream().mapToDouble(f -> f.change().orElseThrow().medianDelta() / 1000.0).toArray();
        List<Double> above = new ArrayList<>();
        List<Double> below = new ArrayList<>();
        for (FigureComparison figure : drawn) {
            Change change = figure.change().orElseThrow();
            above.add(change.interval().map(i -> (i.high() - change.medianDelta()) / 1000.0).orElse(0.0));
            below.add(change.interval().map(i -> (change.medianDelta() - i.low()) / 1000.0).orElse(0.0));
        }
        ChartTrace bars = ChartTrace.horizontalBars(labels, deltas)
                .set("marker", Map.of("color", drawn.stream()
                        .map(f -> COLOURS.getOrDefault(f.verdict(), OTHER_COLOUR)).toList()))
                .set("error_x", Map.of("type", "data", "symmetric", false, "array", above, "arrayminus", below,
                        "color", "#1d2330", "thickness", 1.5, "width", 4))
                .texts("text", drawn.stream().map(f -> f.verdict().changed() ? f.verdict().label() : "").toList())
                .set("textposition", "outside")
                .set("cliponaxis", false)
                .set("textfont", Map.of("size", 11))
                .texts("hovertext", drawn.stream().map(ComparisonChart::hover).toList())
                .set("hoverinfo", "text");
        return Chart.builder()
                .trace(bars)
                .layout("showlegend", false)
                .axisTitle("xaxis", "change of the median, candidate - baseline (ms), with its interval")
                .axis("xaxis", "zeroline", true)
                .axis("xaxis", "zerolinecolor", "#5b6475")
                .axis("yaxis", "type", "category")
                .axis("yaxis", "autorange", "reversed")
                .axis("yaxis", "automargin", true)
                .axis("yaxis", "dtick", 1)
                .layout("margin", Map.of("t", 20, "r", 90))
                .height(110 + 20 * drawn.size())
                .build();
    }

    /** {@code 0000:00:01.0/virtio-net save (src)}: the figure and its host, as the Why sentences name it. */
    static String label(FigureComparison figure) {
        return figure.figure().label() + " (" + figure.figure().hosts() + ")";
    }

    private static List<String> labels(List<FigureComparison> figures) {
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FigureComparison figure : figures) {
            String label = label(figure);
            // Plotly merges equal categories into one row: a repeated name gets its place in the list.
            labels.add(seen.add(label) ? label : label + " #" + (labels.size() + 1));
        }
        return labels;
    }

    private static String hover(FigureComparison figure) {
        Change change = figure.change().orElseThrow();
        return label(figure)
                + "\nbaseline: " + side(figure.baseline())
                + "\ncandidate: " + side(figure.candidate())
                + "\nΔ median " + ComparisonFacts.delta(change) + " ms"
                + (ComparisonFacts.deltaPercent(change).isEmpty() ? "" : " (" + ComparisonFacts.deltaPercent(change) + ")")
                + (change.interval().isEmpty() ? "" : "\ninterval " + ComparisonFacts.interval(change) + " ms")
                + "\np = " + ComparisonFacts.p(change)
                + "\n" + figure.verdict().label() + ": " + ComparisonWords.reason(figure.reason());
    }

    private static String side(SampleSummary sample) {
        return sample.count() + " run" + (sample.count() == 1 ? "" : "s") + ", median " + ComparisonFacts.median(sample)
                + " ms, p95/max " + ComparisonFacts.upper(sample) + " ms";
    }
}
