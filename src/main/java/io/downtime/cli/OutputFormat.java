package io.downtime.cli;

import io.downtime.report.Format;

/** The formats of {@code analyzer runs}: the listings, and the run set's metrics as OpenMetrics text. */
public enum OutputFormat {
    TEXT, CSV, JSON, OPENMETRICS;

    /** The renderers' name of the format. */
    Format format() {
        return Format.valueOf(name());
    }
}
