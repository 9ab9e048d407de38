/**
 * Bounded aggregates of migrations for monitoring (docs/fleet.md, "Metrics"): what each metric counts,
 * its buckets and labels, and its OpenMetrics text. {@code analyzer runs --format openmetrics} and
 * {@code analyzer-fleet metrics} both add their migrations to one {@link io.downtime.metrics.MigrationMetrics}
 * and write it with {@link io.downtime.metrics.OpenMetricsText}, so the two print the same figures the same way.
 * Like {@code json}, a shared output format that the domain and the command lines use alike.
 */
package io.downtime.metrics;
