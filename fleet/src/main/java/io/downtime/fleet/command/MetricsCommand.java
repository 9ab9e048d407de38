package io.downtime.fleet.command;

import io.downtime.fleet.Arguments;
import io.downtime.fleet.FleetSession;
import io.downtime.fleet.UsageException;
import io.downtime.fleet.table.FleetTables;
import io.downtime.metrics.MigrationMetrics;
import io.downtime.metrics.OpenMetricsText;
import io.downtime.runset.MigrationColumns;
import io.downtime.strict.Certainty;
import io.downtime.strict.Limits;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code analyzer-fleet metrics OUT}: a run's monitoring aggregates as OpenMetrics text, the same metrics as
 * {@code analyzer runs --format openmetrics} ({@link MigrationMetrics}), counted per partition and added up,
 * labelled only by the columns named with {@code --label-by}, each of which must have few values.
 */
public final class MetricsCommand {
    public static final String USAGE = """
            analyzer-fleet metrics OUT [--label-by COLUMN]... [--max-label-values 50] [-o FILE] [--master URL]
              Writes the blackout histogram, the migrations by outcome and the strict-mode aborts at each
              --verdicts-at pair as OpenMetrics text (docs/fleet.md, Metrics), for node_exporter's textfile
              collector (-o FILE, replaced whole) or a Pushgateway. Labels: the columns named, never the id.
            """;
    static final int DEFAULT_MAX_LABEL_VALUES = 50;

    private MetricsCommand() {
    }

    public static int run(List<String> args, PrintWriter out, PrintWriter err, FleetSession sessions) {
        Arguments arguments = Arguments.parse(args, Set.of("--label-by", "--max-label-values", "-o", "--master"), Set.of());
        if (arguments.positional().size() != 1) {
            throw new UsageException("give the output directory of a run");
        }
        String dir = arguments.positional().get(0);
        List<String> labels = arguments.all("--label-by");
        int maxValues;
        try {
            maxValues = Integer.parseInt(arguments.one("--max-label-values").orElse(Integer.toString(DEFAULT_MAX_LABEL_VALUES)));
        } catch (NumberFormatException e) {
            throw new UsageException("--max-label-values: give a whole number");
        }
        try {
            new MigrationMetrics(labels);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        SparkSession spark = sessions.open("metrics", arguments.one("--master"));
        try {
            FleetOutput.read(FleetOutput.summary(dir), spark.sparkContext().hadoopConfiguration());
            Dataset<Row> migrations = FleetTablesRead.table(spark, dir, FleetTables.MIGRATIONS);
            Dataset<Row> verdicts = FleetTablesRead.table(spark, dir, FleetTables.VERDICTS);
            checkBounded(migrations, labels, maxValues);
            MigrationMetrics metrics = metrics(migrations, verdicts, labels);
            String text = text(metrics);
            if (arguments.one("-o").isPresent()) {
                replace(Path.of(arguments.one("-o").get()), text);
            } else {
                out.print(text);
                out.flush();
            }
            return 0;
        } finally {
            sessions.close(spark);
        }
    }

    /** Counted per partition, each part a {@link MigrationMetrics}, added up on the driver. */
    static MigrationMetrics metrics(Dataset<Row> migrations, Dataset<Row> verdicts, List<String> labels) {
        List<String> needed = new ArrayList<>(labels);
        needed.add(MigrationColumns.BLACKOUT_ESTIMATE);
        needed.addAll(MigrationMetrics.OUTCOME_COLUMNS);
        List<MigrationMetrics> parts = new ArrayList<>(migrations.select(columns(needed))
                .mapPartitions((MapPartitionsFunction<Row, MigrationMetrics>) rows -> {
                    MigrationMetrics part = new MigrationMetrics(labels);
                    rows.forEachRemaining(row -> part.add(row::getAs));
                    return List.of(part).iterator();
                }, Encoders.javaSerialization(MigrationMetrics.class)).collectAsList());
        List<String> verdictColumns = new ArrayList<>(labels);
        verdictColumns.addAll(List.of("policy", "downtime_limit_ms", "switchover_limit_ms", "fired", "unreplayable"));
        parts.addAll(verdicts.select(columns(verdictColumns))
                .mapPartitions((MapPartitionsFunction<Row, MigrationMetrics>) rows -> {
                    MigrationMetrics part = new MigrationMetrics(labels);
                    rows.forEachRemaining(row -> part.addVerdict(row::getAs, row.getAs("policy"),
                            new Limits(row.<Long>getAs("downtime_limit_ms"), row.<Long>getAs("switchover_limit_ms")),
                            row.getAs("unreplayable") != null ? null : certainty(row.getAs("fired"))));
                    return List.of(part).iterator();
                }, Encoders.javaSerialization(MigrationMetrics.class)).collectAsList());
        MigrationMetrics sum = new MigrationMetrics(labels);
        for (MigrationMetrics part : parts) {
            sum = sum.plus(part);
        }
        return sum;
    }

    static String text(MigrationMetrics metrics) {
        java.io.StringWriter text = new java.io.StringWriter();
        OpenMetricsText.write(metrics.families(), new PrintWriter(text));
        return text.toString();
    }

    private static void checkBounded(Dataset<Row> migrations, List<String> labels, int maxValues) {
        List<String> columns = List.of(migrations.columns());
        for (String label : labels) {
            if (label.equals(FleetTables.ID)) {
                throw new UsageException("--label-by id: a metric is never labelled by the migration's id (one series"
                        + " per migration is what a time-series database cannot hold); use a column with few values");
            }
            if (!columns.contains(label)) {
                throw FleetTablesRead.noColumn(label, columns);
            }
        }
        for (String label : labels) {
            long values = migrations.select(label).distinct().count();
            if (values > maxValues) {
                throw new UsageException("--label-by " + label + ": " + values + " values, more than --max-label-values "
                        + maxValues + ": not a bounded label (raise the limit knowingly)");
            }
        }
    }

    private static Certainty certainty(String label) {
        for (Certainty certainty : Certainty.values()) {
            if (certainty.label().equals(label)) {
                return certainty;
            }
        }
        throw new IllegalStateException("'" + label + "' is not a value the verdicts table is written with");
    }

    /** Written beside, then moved over the file: the textfile collector never reads half a file. */
    private static void replace(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }
}
