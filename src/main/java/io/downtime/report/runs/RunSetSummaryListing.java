package io.downtime.report.runs;

import io.downtime.runset.RunSet;

import java.io.PrintWriter;

/** The output of {@code analyzer runs --summary}: each figure's median, p95 and max across the runs (docs/compare.md). */
public sealed interface RunSetSummaryListing permits TextRunSetSummary, CsvRunSetSummary, JsonRunSetSummary {

    /**
     * @param format text, csv or json
     * @param top    how many phases, device saves and device loads the text prints, each ranked apart;
     *               CSV and JSON hold every figure with its rank
     */
    static RunSetSummaryListing create(String format, PrintWriter out, int top) {
        switch (format) {
            case "json":
                return new JsonRunSetSummary(out);
            case "csv":
                return new CsvRunSetSummary(out);
            default:
                return new TextRunSetSummary(out, top);
        }
    }

    void render(RunSet set, RunSetSummary summary);
}
