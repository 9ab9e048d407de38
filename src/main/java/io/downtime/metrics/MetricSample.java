package io.downtime.metrics;

import java.util.List;

/**
 * One line of the exposition: {@code NAME{LABEL="VALUE",...} VALUE}.
 *
 * @param name   the family's name plus a suffix where the type has one ({@code _bucket}, {@code _count}, {@code _sum})
 * @param labels names and values, in the order written
 * @param value  already formatted: a whole count, or seconds as a plain decimal
 */
public record MetricSample(String name, List<Label> labels, String value) {
    public MetricSample {
        labels = List.copyOf(labels);
    }

    /** One label of a sample. */
    public record Label(String name, String value) {
    }
}
