package io.downtime.report.runs;

import io.downtime.runset.StrictVerdicts;
import java.util.Optional;

import io.downtime.runset.RunSet;

import java.io.PrintWriter;

/** The output of {@code analyzer runs}: what a run set holds and how it was paired (docs/compare.md). */
public sealed interface RunSetListing permits TextRunSetListing, CsvRunSetListing, JsonRunSetListing,
        OpenMetricsRunSetListing {

    /** @param format text, csv, json or openmetrics */
    static RunSetListing create(String format, PrintWriter out) {
        switch (format) {
            case "openmetrics":
                return new OpenMetricsRunSetListing(out);
            case "json":
                return new JsonRunSetListing(out);
            case "csv":
                return new CsvRunSetListing(out);
            default:
                return new TextRunSetListing(out);
        }
    }

    /** @param strict the verdicts at the limits the user gave, when given */
    void render(RunSet set, Optional<StrictVerdicts> strict);
}
