package io.downtime.report;

import java.util.Locale;

/**
 * Every format a document can be written in. Which ones a document offers is its {@link Formats} table;
 * asking a document for one it does not offer is an error, never a quiet fallback to text.
 */
public enum Format {
    TEXT, CSV, JSON, HTML, PERFETTO, OPENMETRICS;

    /** The name the command line knows the format by: {@code text}, {@code csv}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
