package io.downtime.metrics;

import io.downtime.runset.MigrationColumns;
import io.downtime.strict.Certainty;
import io.downtime.strict.Limits;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The monitoring aggregates of a set of migrations (docs/fleet.md, "Metrics"), added up one migration at a
 * time, in parts that merge ({@link #plus}: the fleet job counts per partition). Every metric is labelled
 * by the label columns the caller names (a run set's label, a manifest's {@code firmware}) and by
 * closed sets of values, never by a migration's name, so that the number of series stays bounded.
 *
 * <ul>
 *   <li>{@value #BLACKOUT}: a histogram of the blackout (the report's estimate of the guest-stopped time,
 *       in seconds) of the migrations whose blackout is known;</li>
 *   <li>{@value #BLACKOUT_UNKNOWN}: how many migrations have no known blackout;</li>
 *   <li>{@value #MIGRATIONS}: how many migrations ended how ({@link #OUTCOME_COLUMNS});</li>
 *   <li>{@value #STRICT_ABORTS} and {@value #STRICT_REPLAYED}: per policy and pair of limits, how many
 *       migrations the policy aborts ({@code certainty} {@code fires} or {@code may fire}) of how many
 *       it could replay.</li>
 * </ul>
 */
public final class MigrationMetrics implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String BLACKOUT = "qemu_migration_blackout_seconds";
    public static final String BLACKOUT_UNKNOWN = "qemu_migration_blackout_unknown";
    public static final String MIGRATIONS = "qemu_migrations";
    public static final String STRICT_ABORTS = "qemu_migration_strict_aborts";
    public static final String STRICT_REPLAYED = "qemu_migration_strict_replayed";

    /**
     * The histogram's upper bounds, µs: QEMU's default downtime-limit is 300 ms; operators set 50 ms to a
     * few seconds. {@code +Inf} follows.
     */
    public static final List<Long> BLACKOUT_BUCKETS_US = List.of(10_000L, 25_000L, 50_000L, 100_000L, 200_000L,
            300_000L, 500_000L, 1_000_000L, 2_000_000L, 5_000_000L, 10_000_000L);

    /**
     * The migrations-table columns {@value #MIGRATIONS} is labelled by: how the migration ended and in which
     * phase (docs/postmortem.md), closed sets of values.
     */
    public static final List<String> OUTCOME_COLUMNS = List.of(MigrationColumns.OUTCOME, MigrationColumns.ENDED_IN);

    /** What a label name must be (OpenMetrics); a name beginning {@code __} is reserved. */
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    /** Written for a label whose column is empty: a side without a run, a manifest cell left blank. */
    public static final String NONE = "none";

    private final List<String> labelNames;
    private final TreeMap<List<String>, long[]> blackoutBuckets = new TreeMap<>(LabelValues.ORDER);
    private final TreeMap<List<String>, Long> blackoutSums = new TreeMap<>(LabelValues.ORDER);
    private final TreeMap<List<String>, Long> unknown = new TreeMap<>(LabelValues.ORDER);
    private final TreeMap<List<String>, Long> outcomes = new TreeMap<>(LabelValues.ORDER);
    private final TreeMap<List<String>, Long> aborts = new TreeMap<>(LabelValues.ORDER);
    private final TreeMap<List<String>, Long> replayed = new TreeMap<>(LabelValues.ORDER);

    /** @param labelNames the label columns every metric is labelled by (none for one series per metric) */
    public MigrationMetrics(List<String> labelNames) {
        for (String name : labelNames) {
            if (!LABEL_NAME.matcher(name).matches() || name.startsWith("__")) {
                throw new IllegalArgumentException("'" + name + "' cannot be a metric label: a label name is letters,"
                        + " digits and _, not starting with a digit or __");
            }
            if (List.of("le", "policy", "downtime_limit_ms", "switchover_limit_ms", "certainty").contains(name)
                    || OUTCOME_COLUMNS.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is a label of the metrics already");
            }
        }
        this.labelNames = List.copyOf(labelNames);
    }

    public List<String> labelNames() {
        return labelNames;
    }

    /**
     * Adds one migration.
     *
     * @param column the migration's value of a column of {@link MigrationColumns}, or of a label column, by name
     */
    public void add(Function<String, Object> column) {
        List<String> labels = values(labelNames, column);
        Object blackout = column.apply(MigrationColumns.BLACKOUT_ESTIMATE);
        if (blackout == null) {
            unknown.merge(labels, 1L, Long::sum);
        } else {
            long micros = ((Number) blackout).longValue();
            long[] buckets = blackoutBuckets.computeIfAbsent(labels, key -> new long[BLACKOUT_BUCKETS_US.size() + 1]);
            for (int i = 0; i < BLACKOUT_BUCKETS_US.size(); i++) {
                if (micros <= BLACKOUT_BUCKETS_US.get(i)) {
                    buckets[i]++;
                }
            }
            buckets[BLACKOUT_BUCKETS_US.size()]++;
            blackoutSums.merge(labels, micros, Long::sum);
        }
        List<String> ended = new ArrayList<>(labels);
        ended.addAll(values(OUTCOME_COLUMNS, column));
        outcomes.merge(ended, 1L, Long::sum);
    }

    /**
     * Adds one migration's strict-mode verdict at one pair of limits.
     *
     * @param labels the migration's label columns, by name
     * @param fired  whether the policy fires; null when the migration could not be replayed
     */
    public void addVerdict(Function<String, Object> labels, String policy, Limits limits, Certainty fired) {
        List<String> key = new ArrayList<>(values(labelNames, labels));
        key.add(policy);
        key.add(Long.toString(limits.downtimeLimitMs()));
        key.add(Long.toString(limits.switchoverLimitMs()));
        aborts.putIfAbsent(withCertainty(key, Certainty.FIRES), 0L);
        aborts.putIfAbsent(withCertainty(key, Certainty.MAY_FIRE), 0L);
        if (fired == null) {
            replayed.putIfAbsent(key, 0L);
            return;
        }
        replayed.merge(key, 1L, Long::sum);
        if (fired.possible()) {
            aborts.merge(withCertainty(key, fired), 1L, Long::sum);
        }
    }

    /** This part's counts plus {@code other}'s, of other migrations (same label columns). */
    public MigrationMetrics plus(MigrationMetrics other) {
        if (!labelNames.equals(other.labelNames)) {
            throw new IllegalArgumentException("metrics of different labels: " + labelNames + " and " + other.labelNames);
        }
        MigrationMetrics sum = new MigrationMetrics(labelNames);
        for (MigrationMetrics part : List.of(this, other)) {
            part.blackoutBuckets.forEach((key, counts) -> {
                long[] into = sum.blackoutBuckets.computeIfAbsent(key, k -> new long[counts.length]);
                for (int i = 0; i < counts.length; i++) {
                    into[i] += counts[i];
                }
            });
            merge(part.blackoutSums, sum.blackoutSums);
            merge(part.unknown, sum.unknown);
            merge(part.outcomes, sum.outcomes);
            merge(part.aborts, sum.aborts);
            merge(part.replayed, sum.replayed);
        }
        return sum;
    }

    /** Every metric, in the order above; series sorted by their label values. */
    public List<MetricFamily> families() {
        List<MetricFamily> families = new ArrayList<>();
        List<MetricSample> histogram = new ArrayList<>();
        blackoutBuckets.forEach((key, counts) -> {
            for (int i = 0; i <= BLACKOUT_BUCKETS_US.size(); i++) {
                List<MetricSample.Label> labels = labels(labelNames, key);
                labels.add(new MetricSample.Label("le", i < BLACKOUT_BUCKETS_US.size()
                        ? seconds(BLACKOUT_BUCKETS_US.get(i)) : "+Inf"));
                histogram.add(new MetricSample(BLACKOUT + "_bucket", labels, Long.toString(counts[i])));
            }
            histogram.add(new MetricSample(BLACKOUT + "_count", labels(labelNames, key),
                    Long.toString(counts[BLACKOUT_BUCKETS_US.size()])));
            histogram.add(new MetricSample(BLACKOUT + "_sum", labels(labelNames, key), seconds(blackoutSums.get(key))));
        });
        families.add(new MetricFamily(BLACKOUT, MetricType.HISTOGRAM, "Blackout of the migrations whose blackout is"
                + " known: the guest-stopped time from src-downtime-start to dst-*-vm-started (the report's estimate).",
                histogram));
        families.add(gauge(BLACKOUT_UNKNOWN, "Migrations whose blackout is unknown (no guest start, no"
                + " timestamps, clocks that cannot be aligned).", labelNames, unknown));
        List<String> outcomeLabels = new ArrayList<>(labelNames);
        outcomeLabels.addAll(OUTCOME_COLUMNS);
        families.add(gauge(MIGRATIONS, "Migrations by outcome and the phase a migration that did not complete"
                + " ended in (none: it completed).",
                outcomeLabels, outcomes));
        List<String> limitLabels = new ArrayList<>(labelNames);
        limitLabels.addAll(List.of("policy", "downtime_limit_ms", "switchover_limit_ms"));
        List<String> abortLabels = new ArrayList<>(limitLabels);
        abortLabels.add("certainty");
        families.add(gauge(STRICT_ABORTS, "Migrations a strict-mode policy aborts at these limits, replayed on"
                + " their recorded switchover: certainty fires (for every unknown) or may fire (for some).",
                abortLabels, aborts));
        families.add(gauge(STRICT_REPLAYED, "Migrations the strict-mode policies could be replayed on at these limits.",
                limitLabels, replayed));
        return families;
    }

    private static MetricFamily gauge(String name, String help, List<String> names, TreeMap<List<String>, Long> counts) {
        List<MetricSample> samples = new ArrayList<>();
        counts.forEach((key, count) -> samples.add(new MetricSample(name, labels(names, key), Long.toString(count))));
        return new MetricFamily(name, MetricType.GAUGE, help, samples);
    }

    private static List<MetricSample.Label> labels(List<String> names, List<String> values) {
        List<MetricSample.Label> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            labels.add(new MetricSample.Label(names.get(i), values.get(i)));
        }
        return labels;
    }

    private static List<String> withCertainty(List<String> key, Certainty certainty) {
        List<String> with = new ArrayList<>(key);
        with.add(certainty == Certainty.FIRES ? "fires" : "may_fire");
        return with;
    }

    private static List<String> values(List<String> names, Function<String, Object> column) {
        List<String> values = new ArrayList<>(names.size());
        for (String name : names) {
            Object value = column.apply(name);
            values.add(value == null || value.toString().isEmpty() ? NONE : value.toString());
        }
        return values;
    }

    private static void merge(Map<List<String>, Long> from, Map<List<String>, Long> into) {
        from.forEach((key, count) -> into.merge(key, count, Long::sum));
    }

    /** Whole µs as seconds, a plain decimal: {@code 0.3}, {@code 12.000417}. */
    static String seconds(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    /** Series ordered by their label values, element by element; whole numbers (limits) by value. */
    private static final class LabelValues implements Comparator<List<String>>, Serializable {
        private static final long serialVersionUID = 1L;
        static final LabelValues ORDER = new LabelValues();
        private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");

        @Override
        public int compare(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String x = a.get(i);
                String y = b.get(i);
                int order = WHOLE.matcher(x).matches() && WHOLE.matcher(y).matches()
                        ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }
}
