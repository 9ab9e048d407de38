package io.downtime.fleet.input;

import io.downtime.fleet.UsageException;
import io.downtime.fleet.table.FleetTables;
import io.downtime.fleet.table.ScalaLists;
import io.downtime.fleet.task.PartitionTask;
import io.downtime.report.words.ProblemWords;
import io.downtime.runset.CaseInput;
import io.downtime.runset.RunSetInputs;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cases of a run, as rows the tasks read: a manifest (CSV with a header, or JSON lines) or directory trees
 * found as {@code analyzer runs} finds them. Each row holds the columns carried into every table (the
 * manifest's, {@code id} first) and the internal columns {@link PartitionTask} reads the logs from; a row that
 * cannot be read as a case carries its reason, and becomes a row of {@code problems}.
 *
 * @param rows    one per case (and one per problem found before any case was read)
 * @param carried the carried columns, {@code id} first
 */
public record FleetInputs(Dataset<Row> rows, List<String> carried) {
    /** Why a row is not a case: the task turns it into a row of {@code problems}. */
    public static final String PROBLEM = "_problem";
    /** A note on something found and not used, likewise. */
    public static final String NOTE = "_note";
    public static final String SOURCE = "source";
    public static final String DESTINATION = "destination";
    /** Between the destinations of a migration that was retried. */
    public static final String DESTINATION_SEPARATOR = ";";
    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The internal columns' schema, after the carried ones. */
    private static StructType internal(StructType carried) {
        return carried.add(PartitionTask.LABEL, DataTypes.StringType, true)
                .add(PartitionTask.LOGS, DataTypes.createArrayType(DataTypes.StringType, false), false)
                .add(PartitionTask.CASE_PATHS, DataTypes.createArrayType(DataTypes.StringType, false), false)
                .add(PROBLEM, DataTypes.StringType, true)
                .add(NOTE, DataTypes.StringType, true);
    }

    /**
     * A manifest: {@code id}, {@code source}, {@code destination} (several destinations joined by {@code ;}) and
     * any other columns, every value read as text. A path without a scheme is taken relative to the manifest's
     * directory.
     *
     * @param format {@code csv}, {@code json}, or empty to go by the name ({@code .json}, {@code .jsonl},
     *               {@code .ndjson}: JSON lines; anything else CSV)
     */
    public static FleetInputs manifest(SparkSession spark, String location, Optional<String> format) {
        String kind = format.orElseGet(() -> {
            String name = location.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
            return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "json" : "csv";
        });
        Dataset<Row> read;
        switch (kind) {
            case "csv" -> read = spark.read().option("header", true).option("inferSchema", false)
                    .option("escape", "\"").option("mode", "PERMISSIVE").csv(location);
            case "json" -> read = textColumns(spark.read().option("primitivesAsString", true)
                    .option("mode", "PERMISSIVE").json(location));
            default -> throw new UsageException("--manifest-format " + kind + ": give csv or json");
        }
        List<String> columns = List.of(read.columns());
        List<String> missing = new ArrayList<>();
        for (String required : List.of(FleetTables.ID, SOURCE, DESTINATION)) {
            if (!columns.contains(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException(location + ": the manifest has no column " + String.join(", ", missing)
                    + " (its columns: " + String.join(", ", columns) + "); a manifest needs id, source and destination");
        }
        List<String> carried = new ArrayList<>(List.of(FleetTables.ID));
        columns.stream().filter(name -> !name.equals(FleetTables.ID) && !name.equals("_corrupt_record"))
                .forEach(carried::add);
        check(location, carried);
        Dataset<Row> counted = read.withColumn("_rows_with_id",
                functions.count(functions.lit(1)).over(Window.partitionBy(functions.col(FleetTables.ID))));
        StructType carriedSchema = new StructType();
        for (String name : carried) {
            carriedSchema = carriedSchema.add(name, DataTypes.StringType, true);
        }
        boolean corrupt = columns.contains("_corrupt_record");
        String base = parent(location);
        Dataset<Row> rows = counted.map((MapFunction<Row, Row>) row -> manifestRow(row, carried, base, corrupt),
                Encoders.row(internal(carriedSchema)));
        return new FleetInputs(rows, carried);
    }

    /**
     * Directory trees (or {@code SRC,DST} pairs, or files) found as {@code analyzer runs PATH...} finds them, on the
     * driver's file system: {@code id} is the case's name, {@code label} the run set's label.
     */
    public static FleetInputs runSets(SparkSession spark, List<String> paths, Optional<String> label) {
        RunSetInputs.Located located = RunSetInputs.locate(paths, label);
        List<String> carried = List.of(FleetTables.ID, "label");
        StructType schema = internal(new StructType().add(FleetTables.ID, DataTypes.StringType, true)
                .add("label", DataTypes.StringType, true));
        List<Row> rows = new ArrayList<>();
        for (CaseInput input : located.cases()) {
            rows.add(RowFactory.create(input.name(), input.label(), input.label(), ScalaLists.of(List.of()),
                    ScalaLists.of(input.paths().stream().map(Path::toString).toList()), null, null));
        }
        located.problems().forEach(problem -> rows.add(RowFactory.create(null, null, null, ScalaLists.of(List.of()),
                ScalaLists.of(List.of()), ProblemWords.problem(problem), null)));
        located.skipped().forEach(skipped -> rows.add(RowFactory.create(null, null, null, ScalaLists.of(List.of()),
                ScalaLists.of(List.of()), null, ProblemWords.skipped(skipped))));
        return new FleetInputs(spark.createDataFrame(rows, schema), carried);
    }

    private static Row manifestRow(Row row, List<String> carried, String base, boolean corrupt) {
        List<Object> values = new ArrayList<>();
        for (String name : carried) {
            values.add(row.getAs(name));
        }
        String id = row.getAs(FleetTables.ID);
        String source = row.getAs(SOURCE);
        String destination = row.getAs(DESTINATION);
        List<String> logs = new ArrayList<>();
        if (source != null && !source.isBlank()) {
            logs.add(resolve(base, source.trim()));
        }
        if (destination != null) {
            for (String one : destination.split(DESTINATION_SEPARATOR)) {
                if (!one.isBlank()) {
                    logs.add(resolve(base, one.trim()));
                }
            }
        }
        String problem = null;
        long withId = row.<Long>getAs("_rows_with_id");
        if (corrupt && row.getAs("_corrupt_record") != null) {
            problem = "a manifest line that is not a JSON object: " + row.<String>getAs("_corrupt_record");
        } else if (id == null || id.isBlank()) {
            problem = "a manifest row without an id (source " + source + ", destination " + destination + "): not read";
        } else if (withId > 1) {
            problem = "id " + id + " is on " + withId + " rows of the manifest: none of them was read (an id names one"
                    + " case in every table)";
        } else if (logs.isEmpty()) {
            problem = id + ": the manifest names no source and no destination";
        }
        values.add(null);
        values.add(ScalaLists.of(problem == null ? logs : List.<String>of()));
        values.add(ScalaLists.of(List.of()));
        values.add(problem);
        values.add(null);
        return RowFactory.create(values.toArray());
    }

    /** Columns Spark's JSON reader made arrays (several destinations) joined by {@code ;}, others as JSON text. */
    private static Dataset<Row> textColumns(Dataset<Row> json) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : json.schema().fields()) {
            Column column = functions.col(field.name());
            if (field.dataType() instanceof ArrayType array && array.elementType() == DataTypes.StringType) {
                column = functions.concat_ws(DESTINATION_SEPARATOR, column);
            } else if (field.dataType() != DataTypes.StringType) {
                column = functions.to_json(column);
            }
            columns.add(column.as(field.name()));
        }
        return json.select(columns.toArray(Column[]::new));
    }

    private static void check(String location, List<String> carried) {
        List<String> reserved = FleetTables.reservedNames();
        for (String name : carried) {
            if (!COLUMN_NAME.matcher(name).matches()) {
                throw new UsageException(location + ": the manifest's column '" + name + "' cannot be a table column:"
                        + " use letters, digits and _");
            }
            if (!name.equals(FleetTables.ID) && reserved.contains(name)) {
                throw new UsageException(location + ": the manifest's column '" + name + "' is a column of the output"
                        + " tables already (docs/fleet.md): rename it");
            }
        }
    }

    /** The directory relative paths of the manifest are taken from. */
    private static String parent(String location) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        if (LogLocator.local(location)) {
            Path local = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
            Path parent = local.toAbsolutePath().getParent();
            return parent == null ? "" : parent.toString();
        }
        return path.getParent() == null ? "" : path.getParent().toString();
    }

    private static String resolve(String base, String location) {
        if (!LogLocator.local(location) || location.startsWith("file:")) {
            return location;
        }
        if (Path.of(location).isAbsolute() || base.isEmpty()) {
            return location;
        }
        return LogLocator.local(base) ? Path.of(base).resolve(location).toString()
                : new org.apache.hadoop.fs.Path(base, location).toString();
    }
}
