package io.downtime.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One Plotly trace of a {@link Chart}, as JSON: made by one of the factories (the kinds the pages draw),
 * completed by {@link #name}, {@link #texts}, {@link #textGrid} (log text, escaped for Plotly) and
 * {@link #set} (this code's own settings). Every method returns this trace.
 *
 * <p>The factories write the attributes Tablesaw's jsplot wrote for the same traces before the pages
 * built their figures here (the axes {@code x} and {@code y}, an empty {@code name}, a marker's size),
 * so that every chart's figure stayed the same (bench/chart-figures.sh); an empty name also keeps
 * Plotly from calling the trace "trace 3" in a hover label.
 */
public final class ChartTrace {
    private final ObjectNode trace = JsonNodeFactory.instance.objectNode();

    private ChartTrace(String type) {
        trace.put("type", type);
        trace.put("xaxis", "x");
        trace.put("yaxis", "y");
        trace.put("name", "");
    }

    /** Bars along x, {@code lengths[i]} long, each in the row {@code categories[i]} (escaped for Plotly). */
    public static ChartTrace horizontalBars(List<String> categories, double[] lengths) {
        ChartTrace bars = new ChartTrace("bar");
        bars.trace.put("orientation", "h");
        ArrayNode x = bars.trace.putArray("x");
        for (double length : lengths) {
            x.add(length);
        }
        bars.categories("y", categories);
        return bars;
    }

    /**
     * Markers at {@code x[i]} in the row {@code categories[i]} (escaped for Plotly). The positions are
     * written as decimal strings ({@code "0.0"}, {@code "-31.426"}), as jsplot wrote them: Plotly reads
     * them as the numbers they spell on a linear axis.
     */
    public static ChartTrace markers(double[] x, List<String> categories, String colour, MarkerSymbol symbol) {
        ChartTrace markers = new ChartTrace("scatter");
        markers.trace.put("mode", "markers");
        ArrayNode positions = markers.trace.putArray("x");
        for (double position : x) {
            positions.add(Double.toString(position));
        }
        markers.categories("y", categories);
        ObjectNode marker = markers.trace.putObject("marker");
        marker.put("size", 10.0);
        marker.put("color", colour);
        marker.put("symbol", symbol.plotlyName());
        return markers;
    }

    /** Cells coloured by {@code z[row][column]}, the columns named by {@code x}, the rows by {@code y}. */
    public static ChartTrace heatmap(List<String> x, List<String> y, double[][] z) {
        ChartTrace heatmap = new ChartTrace("heatmap");
        heatmap.categories("x", x);
        heatmap.categories("y", y);
        ArrayNode rows = heatmap.trace.putArray("z");
        for (double[] row : z) {
            ArrayNode cells = rows.addArray();
            for (double cell : row) {
                cells.add(cell);
            }
        }
        return heatmap;
    }

    /** The trace's name (legend, hover); escaped for Plotly. */
    public ChartTrace name(String name) {
        trace.put("name", Escape.plotlyText(name));
        return this;
    }

    /** Per-point text ({@code text}, {@code hovertext}), each element escaped for Plotly. */
    public ChartTrace texts(String attribute, List<String> texts) {
        ArrayNode array = trace.putArray(attribute);
        texts.forEach(text -> array.add(Escape.plotlyText(text)));
        return this;
    }

    /** Text per cell of a heatmap ({@code text}, {@code hovertext}), row by row, each escaped for Plotly. */
    public ChartTrace textGrid(String attribute, List<List<String>> rows) {
        ArrayNode grid = trace.putArray(attribute);
        rows.forEach(row -> {
            ArrayNode cells = grid.addArray();
            row.forEach(text -> cells.add(Escape.plotlyText(text)));
        });
        return this;
    }

    /**
     * An attribute of this code's own ({@code base}, {@code hoverinfo}, {@code marker}, ...): {@code value}
     * is turned into JSON as is, nothing in it is escaped for Plotly, so no log text here.
     */
    public ChartTrace set(String attribute, Object value) {
        trace.set(attribute, Escape.JSON.valueToTree(value));
        return this;
    }

    ObjectNode json() {
        return trace.deepCopy();
    }

    private void categories(String axis, List<String> categories) {
        ArrayNode array = trace.putArray(axis);
        categories.forEach(category -> array.add(Escape.plotlyText(category)));
    }
}
