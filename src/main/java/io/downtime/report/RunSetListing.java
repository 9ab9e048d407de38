package io.downtime.report;

import io.downtime.runset.RunSet;

import java.io.PrintWriter;

/** The output of {@code analyzer runs}: what a run set holds and how it was paired (docs/compare.md). */
public sealed interface RunSetListing permits TextRunSetListing, CsvRunSetListing, JsonRunSetListing {

    /** @param format text, csv or json */
    static RunSetListing create(String format, PrintWriter out) {
        switch (format) {
            case "json":
                return new JsonRunSetListing(out);
            case "csv":
                return new CsvRunSetListing(out);
            default:
                return new TextRunSetListing(out);
        }
    }

    void render(RunSet set);
}
