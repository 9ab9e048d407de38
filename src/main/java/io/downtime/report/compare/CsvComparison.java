package io.downtime.report.compare;

import io.downtime.report.Renderer;
import io.downtime.compare.Comparison;
import io.downtime.compare.FigureComparison;
import io.downtime.report.words.ComparisonCells;
import io.downtime.csv.CsvWriter;

import java.io.PrintWriter;

/** {@code analyzer compare --format csv}: one row per figure, in the text table's order; times in µs. */
final class CsvComparison implements Renderer<Comparison> {
    private final PrintWriter out;

    CsvComparison(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(Comparison comparison) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(ComparisonCells.HEADER);
        for (FigureComparison figure : comparison.figures()) {
            csv.row(ComparisonCells.row(figure));
        }
        out.flush();
    }
}
