package io.downtime.report.runs;

import io.downtime.report.Renderer;
import io.downtime.csv.CsvWriter;
import io.downtime.runset.RunSet;

import java.io.PrintWriter;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** {@code analyzer runs --summary --format csv}: one row per figure, ranked within its kind; µs, empty when unknown. */
final class CsvRunSetSummary implements Renderer<SummaryDocument> {
    static final String[] HEADER = {"kind", "rank", "figure", "hosts", "n", "unknown", "lower_bounds", "median_us",
            "p95_us", "max_us"};
    private final PrintWriter out;
    private final CsvWriter csv;

    CsvRunSetSummary(PrintWriter out) {
        this.out = out;
        this.csv = new CsvWriter(out);
    }

    @Override
    public void render(SummaryDocument document) {
        RunSet set = document.set();
        RunSetSummary summary = document.summary();
        csv.row(java.util.List.of((Object[]) HEADER));
        String kind = "";
        int rank = 0;
        for (FigureSummary figure : summary.figures()) {
            rank = figure.figure().kind().equals(kind) ? rank + 1 : 1;
            kind = figure.figure().kind();
            csv.row(java.util.List.of(kind, rank, figure.figure().label(), figure.figure().hosts(), figure.values(),
                    figure.unknown(), figure.lowerBounds(), number(figure.median()), number(figure.p95()),
                    number(figure.max())));
        }
        out.flush();
    }

    static String number(OptionalDouble value) {
        if (value.isEmpty()) {
            return "";
        }
        double v = value.getAsDouble();
        return v % 1 == 0 ? Long.toString((long) v) : Double.toString(v);
    }

    static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
