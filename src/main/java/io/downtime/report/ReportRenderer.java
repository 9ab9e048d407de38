package io.downtime.report;

import java.io.PrintWriter;

/** The output of {@code analyzer report}, in one of its formats; docs/report.md and docs/report-json.md define every figure. */
public sealed interface ReportRenderer permits TextReport, JsonReport, CsvReport, HtmlReport {

    /** @param format text, csv or json */
    static ReportRenderer create(String format, PrintWriter out) {
        switch (format) {
            case "json":
                return new JsonReport(out);
            case "csv":
                return new CsvReport(out);
            default:
                return new TextReport(out);
        }
    }

    /** One self-contained HTML page; {@code generator} names the tool in its footer. */
    static ReportRenderer html(PrintWriter out, String generator) {
        return new HtmlReport(out, generator);
    }

    void render(ReportDocument document);
}
