package io.downtime.metrics;

import java.util.List;

/**
 * One metric of the exposition, with its samples.
 *
 * @param name    the family's name ({@code qemu_migration_blackout_seconds})
 * @param samples in the order they are written
 */
public record MetricFamily(String name, MetricType type, String help, List<MetricSample> samples) {
    public MetricFamily {
        samples = List.copyOf(samples);
    }
}
