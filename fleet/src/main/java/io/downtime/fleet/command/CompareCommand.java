package io.downtime.fleet.command;

import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.Comparison;
import io.downtime.compare.RunSetComparer;
import io.downtime.compare.Thresholds;
import io.downtime.fleet.Arguments;
import io.downtime.fleet.FleetSession;
import io.downtime.fleet.UsageException;
import io.downtime.fleet.table.FleetTables;
import io.downtime.runset.RunFigures;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code analyzer-fleet compare OUT --by COLUMN --baseline A --candidate B}: the migrations whose {@code COLUMN}
 * is A against those where it is B, judged by {@link RunSetComparer}, the code of {@code analyzer compare}, on
 * their figures read back from the tables. Exact when each side has at most {@code --max-per-side} migrations;
 * beyond, on that many of each side chosen by a hash of their id (the same ones every time), and said so.
 */
public final class CompareCommand {
    public static final String USAGE = """
            analyzer-fleet compare OUT --by COLUMN --baseline VALUE --candidate VALUE [--format csv|json]
                                   [--alpha 0.01] [--min-change-us 100] [--min-change-pct 10]
                                   [--max-per-side 50000] [--master URL]
              Compares the migrations whose COLUMN (a manifest's column, e.g. firmware) is the baseline's value with
              those where it is the candidate's, figure by figure, as analyzer compare does (docs/compare.md).
            """;
    /** Figures of this many migrations a side fit the driver's default heap with room to spare. */
    static final int DEFAULT_MAX_PER_SIDE = 50_000;
    private static final String HASH = "_sample_hash";

    private CompareCommand() {
    }

    /** One side as read: its migrations' figures, and how many it had before any sampling. */
    record Side(String label, List<RunFigures> figures, long total) {
        boolean sampled() {
            return figures.size() < total;
        }
    }

    public static int run(List<String> args, PrintWriter out, PrintWriter err, FleetSession sessions) {
        Arguments arguments = Arguments.parse(args, Set.of("--by", "--baseline", "--candidate", "--format", "--alpha",
                "--min-change-us", "--min-change-pct", "--max-per-side", "--master"), Set.of());
        if (arguments.positional().size() != 1) {
            throw new UsageException("give the output directory of a run");
        }
        String dir = arguments.positional().get(0);
        String by = arguments.required("--by");
        String baseline = arguments.required("--baseline");
        String candidate = arguments.required("--candidate");
        String format = arguments.one("--format").orElse("csv");
        if (!format.equals("csv") && !format.equals("json")) {
            throw new UsageException("--format " + format + ": give csv or json");
        }
        Thresholds thresholds;
        int maxPerSide;
        try {
            thresholds = new Thresholds(Double.parseDouble(arguments.one("--alpha").orElse("0.01")),
                    Long.parseLong(arguments.one("--min-change-us").orElse("100")),
                    Double.parseDouble(arguments.one("--min-change-pct").orElse("10")));
            maxPerSide = Integer.parseInt(arguments.one("--max-per-side").orElse(Integer.toString(DEFAULT_MAX_PER_SIDE)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (maxPerSide < 1) {
            throw new UsageException("--max-per-side must be at least 1");
        }
        SparkSession spark = sessions.open("compare", arguments.one("--master"));
        try {
            FleetOutput.read(FleetOutput.summary(dir), spark.sparkContext().hadoopConfiguration());
            Dataset<Row> migrations = FleetTablesRead.table(spark, dir, FleetTables.MIGRATIONS);
            if (!List.of(migrations.columns()).contains(by)) {
                throw FleetTablesRead.noColumn(by, List.of(migrations.columns()));
            }
            Dataset<Row> devices = FleetTablesRead.table(spark, dir, FleetTables.DEVICES);
            Dataset<Row> phases = FleetTablesRead.table(spark, dir, FleetTables.PHASES);
            Side a = side(migrations, devices, phases, by, baseline, maxPerSide);
            Side b = side(migrations, devices, phases, by, candidate, maxPerSide);
            if (a.figures().isEmpty() || b.figures().isEmpty()) {
                throw new UsageException("no migration has " + by + " = "
                        + (a.figures().isEmpty() ? baseline : candidate) + ": nothing to compare");
            }
            Comparison comparison = RunSetComparer.compare(baseline, a.figures(), candidate, b.figures(), thresholds,
                    ComparisonMethod.defaults());
            FleetComparisonOutput output = new FleetComparisonOutput(by, a, b, maxPerSide);
            if (format.equals("json")) {
                output.json(comparison, out);
            } else {
                output.csv(comparison, out);
            }
            output.notes().forEach(note -> err.println("analyzer-fleet: note: " + note));
            return 0;
        } finally {
            sessions.close(spark);
        }
    }

    private static Side side(Dataset<Row> migrations, Dataset<Row> devices, Dataset<Row> phases, String by,
                             String value, int maxPerSide) {
        Column mine = functions.col(by).equalTo(value);
        Dataset<Row> chosen = migrations.where(mine);
        long total = chosen.count();
        if (total > maxPerSide) {
            // A sample the same on every run: the migrations of the smallest hashes of (id, migration).
            chosen = chosen.withColumn(HASH, functions.xxhash64(functions.col(FleetTables.ID), functions.col("migration")))
                    .orderBy(HASH, FleetTables.ID, "migration").limit(maxPerSide).drop(HASH);
        }
        Dataset<Row> keys = chosen.select(FleetTables.ID, "migration");
        List<String> key = List.of(FleetTables.ID, "migration");
        scala.collection.immutable.List<String> join = scala.jdk.javaapi.CollectionConverters.asScala(key).toList();
        Dataset<Row> joined = FiguresFromTables.joined(chosen, devices.where(mine).join(keys, join, "left_semi"),
                phases.where(mine).join(keys, join, "left_semi"));
        Map<String, Integer> perCase = new HashMap<>();
        Dataset<Row> cases = migrations.where(mine).join(chosen.select(FleetTables.ID).distinct(), join.take(1), "left_semi");
        for (Row row : cases.groupBy(FleetTables.ID).count().collectAsList()) {
            perCase.put(row.getString(0), (int) row.getLong(1));
        }
        List<RunFigures> figures = new ArrayList<>();
        Iterator<Row> rows = joined.toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            figures.add(FiguresFromTables.of(row, value, perCase.getOrDefault(row.<String>getAs(FleetTables.ID), 1)));
        }
        return new Side(value, figures, total);
    }
}
