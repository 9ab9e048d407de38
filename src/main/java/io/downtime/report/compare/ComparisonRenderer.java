package io.downtime.report.compare;

import io.downtime.compare.Comparison;

import java.io.PrintWriter;

/** The output of {@code analyzer compare}; docs/compare.md defines every figure. */
public sealed interface ComparisonRenderer permits TextComparison, CsvComparison, JsonComparison, HtmlComparison {

    /**
     * @param format text, csv or json
     * @param top    text only: rows of the figure table beyond which figures without a change are
     *               summed up in one line (0 for all)
     */
    static ComparisonRenderer create(String format, PrintWriter out, int top) {
        switch (format) {
            case "json":
                return new JsonComparison(out);
            case "csv":
                return new CsvComparison(out);
            default:
                return new TextComparison(out, top);
        }
    }

    /** One self-contained HTML page; {@code generator} names the tool in its footer. */
    static ComparisonRenderer html(PrintWriter out, String generator) {
        return new HtmlComparison(out, generator);
    }

    void render(Comparison comparison);
}
