package io.downtime.report.sweep;

import java.io.PrintWriter;

/** The output of {@code analyzer sweep}; docs/strict-mode.md defines every figure, the CSV columns and the JSON fields. */
public sealed interface SweepRenderer permits TextSweep, CsvSweep, JsonSweep, HtmlSweep {

    /** @param format text, csv or json */
    static SweepRenderer create(String format, PrintWriter out) {
        switch (format) {
            case "csv":
                return new CsvSweep(out);
            case "json":
                return new JsonSweep(out);
            default:
                return new TextSweep(out);
        }
    }

    /** One self-contained HTML page; {@code generator} names the tool in its footer. */
    static SweepRenderer html(PrintWriter out, String generator) {
        return new HtmlSweep(out, generator);
    }

    void render(SweepDocument document);
}
