package io.downtime.report.migration;

import java.io.PrintWriter;

/** The output of {@code analyzer report}, in one of its formats; docs/report.md and docs/report-json.md define every figure. */
public sealed interface ReportRenderer permits TextReport, JsonReport, CsvReport, HtmlReport, PerfettoReport {

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

    /** A trace for ui.perfetto.dev and Chrome's trace viewers (docs/perfetto.md); {@code generator} names the tool. */
    static ReportRenderer perfetto(PrintWriter out, String generator) {
        return new PerfettoReport(out, generator);
    }

    /**
     * One sentence per migration a Perfetto trace cannot show (its events cannot be placed in time), for
     * stderr: the trace still holds the others, and says why in its {@code otherData}.
     */
    static java.util.List<String> untraced(java.util.List<io.downtime.analysis.MigrationAnalysis> analyses) {
        return PerfettoReport.untraced(analyses);
    }

    void render(ReportDocument document);
}
