package io.downtime.cli;

/** The formats of {@code analyzer runs}: the listings, and the run set's metrics as OpenMetrics text. */
public enum OutputFormat {
    TEXT, CSV, JSON, OPENMETRICS
}
