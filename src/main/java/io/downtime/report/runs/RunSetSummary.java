package io.downtime.report.runs;

import io.downtime.compare.Figure;
import io.downtime.compare.RunValues;
import io.downtime.compare.SampleSummary;
import io.downtime.compare.Statistics;
import io.downtime.runset.RunFigures;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.aggregate.NumericAggregateFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A run set summarised per figure across its runs (docs/compare.md, "Summary of a run set"): what
 * the strict-SLA thread's authors assembled by hand, per checkpoint pair and per device save and
 * load. The runs' values go into one Tablesaw table, one row per run and figure, grouped by figure
 * and summarised there; the statistics are the comparison's own ({@link Statistics}), so that
 * {@code runs --summary} and {@code compare} can never disagree about a median or a p95. It lives beside the
 * renderers rather than in {@code compare/} because Tablesaw is not on the fleet job's classpath, which compiles
 * the domain packages.
 *
 * @param runs    how many migrations were summarised
 * @param figures every figure any run has, ranked by {@link #RANKING} within its kind
 */
public record RunSetSummary(int runs, List<FigureSummary> figures) {
    /** Largest median first, then largest maximum, then by label: the figures that cost the most on top. */
    public static final Comparator<FigureSummary> RANKING = Comparator
            .comparingDouble((FigureSummary f) -> f.median().orElse(Double.NEGATIVE_INFINITY)).reversed()
            .thenComparing(Comparator.comparingLong((FigureSummary f) -> f.max().orElse(Long.MIN_VALUE)).reversed())
            .thenComparing(f -> f.figure().label());

    private static final String FIGURE = "figure";
    private static final String MICROS = "micros";
    private static final String LOWER_BOUND = "lower_bound";

    public RunSetSummary {
        figures = List.copyOf(figures);
    }

    public static RunSetSummary of(List<RunFigures> runs) {
        List<Figure> known = new ArrayList<>();
        Map<Figure, Integer> index = new LinkedHashMap<>();
        StringColumn figure = StringColumn.create(FIGURE);
        LongColumn micros = LongColumn.create(MICROS);
        BooleanColumn lowerBound = BooleanColumn.create(LOWER_BOUND);
        for (RunFigures run : runs) {
            RunValues values = RunValues.of(run);
            values.values().forEach((f, observation) -> {
                figure.append(id(f, index, known));
                micros.append(observation.micros());
                lowerBound.append(observation.lowerBound());
            });
            values.unknown().keySet().forEach(f -> {
                figure.append(id(f, index, known));
                micros.appendMissing();
                lowerBound.append(false);
            });
        }
        Table values = Table.create("values", figure, micros, lowerBound);
        List<FigureSummary> summaries = new ArrayList<>();
        if (!values.isEmpty()) {
            Table summary = values.summarize(MICROS, LOWER_BOUND, AggregateFunctions.countNonMissing,
                    AggregateFunctions.countMissing, MEDIAN, P95, MAX, AggregateFunctions.countTrue).by(FIGURE);
            for (Row row : summary) {
                summaries.add(new FigureSummary(known.get(Integer.parseInt(row.getString(FIGURE))),
                        (int) row.getDouble(column("Count", MICROS)), (int) row.getDouble(column("Missing Values", MICROS)),
                        (int) row.getDouble(column("Number True", LOWER_BOUND)),
                        optionalDouble(row.getDouble(column(MEDIAN.functionName(), MICROS))),
                        optionalLong(row.getDouble(column(P95.functionName(), MICROS))),
                        optionalLong(row.getDouble(column(MAX.functionName(), MICROS)))));
            }
        }
        summaries.sort(Comparator.comparing((FigureSummary f) -> kindOrder(f.figure())).thenComparing(RANKING));
        return new RunSetSummary(runs.size(), summaries);
    }

    /** The figures of one kind ({@link Figure#kind()}), ranked. */
    public List<FigureSummary> of(String kind) {
        return figures.stream().filter(f -> f.figure().kind().equals(kind)).toList();
    }

    private static String id(Figure figure, Map<Figure, Integer> index, List<Figure> known) {
        return Integer.toString(index.computeIfAbsent(figure, f -> {
            known.add(f);
            return known.size() - 1;
        }));
    }

    private static int kindOrder(Figure figure) {
        return List.of("blackout", "qemu_downtime", "phase", "device_save", "device_load").indexOf(figure.kind());
    }

    /** Tablesaw names a summary column {@code function [column]}. */
    private static String column(String function, String column) {
        return function + " [" + column + "]";
    }

    private static OptionalDouble optionalDouble(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static OptionalLong optionalLong(double value) {
        return Double.isNaN(value) ? OptionalLong.empty() : OptionalLong.of((long) value);
    }

    private static long[] sorted(NumericColumn<?> column) {
        long[] values = Arrays.stream(column.asDoubleArray()).filter(v -> !Double.isNaN(v)).mapToLong(v -> (long) v)
                .toArray();
        Arrays.sort(values);
        return values;
    }

    // Tablesaw's own median and percentile interpolate; these are the comparison's definitions.
    private static final NumericAggregateFunction MEDIAN = new NumericAggregateFunction("Median µs") {
        @Override
        public Double summarize(NumericColumn<?> column) {
            long[] values = sorted(column);
            return values.length == 0 ? Double.NaN : Statistics.median(values);
        }
    };

    private static final NumericAggregateFunction P95 = new NumericAggregateFunction("P95 µs") {
        @Override
        public Double summarize(NumericColumn<?> column) {
            long[] values = sorted(column);
            return values.length < SampleSummary.P95_MIN_RUNS ? Double.NaN : (double) Statistics.nearestRank(values, 0.95);
        }
    };

    private static final NumericAggregateFunction MAX = new NumericAggregateFunction("Max µs") {
        @Override
        public Double summarize(NumericColumn<?> column) {
            long[] values = sorted(column);
            return values.length == 0 ? Double.NaN : (double) values[values.length - 1];
        }
    };
}
