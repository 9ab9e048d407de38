package io.downtime.report.sweep;

import io.downtime.report.html.Chart;
import io.downtime.report.html.ChartTrace;
import io.downtime.strict.Limits;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepGrid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One figure of a policy's sweep cells as a heatmap over the grid: downtime-limit down, switchover-limit
 * across, each cell coloured by the figure and labelled with it, the recommended cell outlined. The
 * figures are the sweep's ({@link SweepCell}); they are only printed here.
 */
final class SweepHeatmap {
    /**
     * The largest grid a page shows cell by cell: a label in each heatmap cell (more would not fit;
     * beyond, the labels are left to the hover text) and a row each in the table of every cell.
     */
    static final int CELL_BY_CELL = 400;
    private static final String RECOMMENDED_OUTLINE = "#1f2430";

    /**
     * What a heatmap shows of each cell.
     *
     * @param value    the colour's value
     * @param label    what is printed in the cell
     * @param scale    the Plotly colour scale, from the lowest value's colour to the highest's
     * @param maxValue the value of the scale's last colour
     */
    record Measure(String title, ToDoubleFunction<SweepCell> value, Function<SweepCell, String> label,
                  List<List<Object>> scale, double maxValue) {
    }

    /** Certain aborts, in percent of the runs; labelled with the text's ABORT RATE. */
    static Measure abortRate() {
        return new Measure("abort rate (%)", cell -> cell.leastAbortRate() * 100, SweepFacts::rate,
                List.of(List.of(0, "#fbfbfd"), List.of(0.01, "#fde7c8"), List.of(1, "#c4421a")), 100);
    }

    /** Certain missed violations, in runs; labelled with the possible ones beside them. */
    static Measure missedViolations(int runs) {
        return new Measure("missed violations (runs)", SweepCell::missed,
                cell -> cell.missed() + (cell.mayMiss() > 0 ? " (+" + cell.mayMiss() + " may)" : ""),
                List.of(List.of(0, "#fbfbfd"), List.of(0.01, "#f6cdd0"), List.of(1, "#7f1d24")), Math.max(1, runs));
    }

    private SweepHeatmap() {
    }

    static Chart chart(SweepGrid grid, PolicySweep sweep, Measure figure) {
        List<Long> switchover = grid.switchoverLimits().values();
        List<Long> downtime = grid.downtimeLimits().values();
        Map<Limits, SweepCell> cells = new HashMap<>();
        sweep.cells().forEach(cell -> cells.put(cell.limits(), cell));
        Optional<SweepCell> recommended = sweep.recommendation().cell();
        double[][] z = new double[downtime.size()][switchover.size()];
        List<List<String>> labels = new ArrayList<>();
        List<List<String>> hovers = new ArrayList<>();
        for (int row = 0; row < downtime.size(); row++) {
            List<String> rowLabels = new ArrayList<>();
            List<String> rowHovers = new ArrayList<>();
            for (int column = 0; column < switchover.size(); column++) {
                SweepCell cell = cells.get(new Limits(downtime.get(row), switchover.get(column)));
                z[row][column] = figure.value().applyAsDouble(cell);
                rowLabels.add(figure.label().apply(cell));
                rowHovers.add(hover(cell, recommended.map(cell::equals).orElse(false)));
            }
            labels.add(rowLabels);
            hovers.add(rowHovers);
        }
        ChartTrace cellsTrace = ChartTrace.heatmap(names(switchover), names(downtime), z)
                .set("colorscale", figure.scale())
                .set("zmin", 0)
                .set("zmax", figure.maxValue())
                .set("xgap", 1)
                .set("ygap", 1)
                .set("colorbar", Map.of("title", Map.of("text", figure.title(), "side", "right")))
                .textGrid("hovertext", hovers)
                .set("hoverinfo", "text");
        if (downtime.size() * switchover.size() <= CELL_BY_CELL) {
            cellsTrace.textGrid("text", labels)
                    .set("texttemplate", "%{text}")
                    .set("textfont", Map.of("size", 11));
        }
        Chart.Builder chart = Chart.builder()
                .trace(cellsTrace)
                .axisTitle("xaxis", "switchover-limit (ms)")
                .axisTitle("yaxis", "downtime-limit (ms)")
                .axis("xaxis", "type", "category")
                .axis("yaxis", "type", "category")
                .axis("yaxis", "automargin", true)
                .layout("margin", Map.of("t", 20, "r", 20))
                .height(Math.min(900, Math.max(260, 140 + 30 * downtime.size())));
        recommended.ifPresent(cell -> {
            int row = downtime.indexOf(cell.limits().downtimeLimitMs());
            int column = switchover.indexOf(cell.limits().switchoverLimitMs());
            Map<String, Object> outline = new LinkedHashMap<>();
            outline.put("type", "rect");
            outline.put("xref", "x");
            outline.put("yref", "y");
            outline.put("x0", column - 0.5);
            outline.put("x1", column + 0.5);
            outline.put("y0", row - 0.5);
            outline.put("y1", row + 0.5);
            outline.put("line", Map.of("color", RECOMMENDED_OUTLINE, "width", 3));
            chart.layout("shapes", List.of(outline));
        });
        return chart.build();
    }

    /** Every figure of a cell, as the text table's columns say it. */
    static String hover(SweepCell cell, boolean recommended) {
        return cell.limits().describe() + "\npromises " + cell.promisedLimitMs() + " ms"
                + "\nruns " + cell.runs() + ": fired " + cell.fired() + ", may fire " + cell.mayFire()
                + "; abort rate " + SweepFacts.rate(cell)
                + "\nmissed " + cell.missed() + ", may miss " + cell.mayMiss()
                + "\nneedless " + cell.needless() + ", may needless " + cell.mayNeedless()
                + (recommended ? "\nthe recommended limits" : "");
    }

    private static List<String> names(List<Long> values) {
        return values.stream().map(String::valueOf).toList();
    }
}
