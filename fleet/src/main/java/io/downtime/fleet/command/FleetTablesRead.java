package io.downtime.fleet.command;

import io.downtime.fleet.UsageException;
import io.downtime.fleet.table.FleetTables;
import io.downtime.fleet.table.TableShape;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/** The tables of a run's output directory, read back for {@code query}, {@code compare} and {@code metrics}. */
final class FleetTablesRead {
    static final List<String> NAMES = List.of(FleetTables.MIGRATIONS.name(), FleetTables.DEVICES.name(),
            FleetTables.PHASES.name(), FleetTables.BLACKOUT_PARTS.name(), FleetTables.VERDICTS.name(), FleetTables.SWEEP.name(),
            FleetTables.PROBLEMS.name());

    private FleetTablesRead() {
    }

    /** Checks that {@code out} is a run's output ({@link FleetOutput#SUMMARY} is there) and names each table as a view. */
    static void register(SparkSession spark, String out) {
        FleetOutput.read(FleetOutput.summary(out), spark.sparkContext().hadoopConfiguration());
        for (String name : NAMES) {
            table(spark, out, name).createOrReplaceTempView(name);
        }
    }

    static Dataset<Row> table(SparkSession spark, String out, String name) {
        return spark.read().parquet(FleetOutput.table(out, name));
    }

    static Dataset<Row> table(SparkSession spark, String out, TableShape<?> table) {
        return table(spark, out, table.name());
    }

    static UsageException noColumn(String column, List<String> columns) {
        return new UsageException("no column " + column + " in the tables (the manifest's columns: "
                + String.join(", ", columns) + ")");
    }
}
