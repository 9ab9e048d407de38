package io.downtime.metrics;

import java.util.Locale;

/** The OpenMetrics types this tool writes. */
public enum MetricType {
    /** A value of the migrations described, not a count since some start: a corpus's counts are gauges. */
    GAUGE,
    /** Cumulative buckets, {@code _count} and {@code _sum}. */
    HISTOGRAM;

    /** As {@code # TYPE} writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
