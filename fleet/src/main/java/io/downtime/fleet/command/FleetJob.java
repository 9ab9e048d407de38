package io.downtime.fleet.command;

import io.downtime.fleet.input.FleetInputs;
import io.downtime.fleet.input.HadoopConfiguration;
import io.downtime.fleet.table.FleetTables;
import io.downtime.fleet.table.SweepRow;
import io.downtime.fleet.table.TableShape;
import io.downtime.fleet.task.CaseRows;
import io.downtime.fleet.task.PartitionTask;
import io.downtime.fleet.task.StrictAsk;
import io.downtime.strict.Limits;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.Sweep;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepGrid;
import io.downtime.strict.SweepResult;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fleet job: every case of the inputs read and analysed by the tasks, a partition of cases each; the
 * per-case tables written from the cases' rows; the sweep added up from the partitions' parts.
 */
public final class FleetJob {
    /** Cases per partition aimed at: enough work per task to dwarf its scheduling, few enough to spread. */
    static final int CASES_PER_PARTITION = 250;

    private FleetJob() {
    }

    /**
     * What the job wrote.
     *
     * @param cases the cases read (the manifest's rows that are cases, or the directories found)
     * @param rows  the rows written to each table, by name
     * @param sweep the sweep, when a grid was asked
     */
    public record Written(long cases, Map<String, Long> rows, Optional<SweepResult> sweep) {
    }

    public static Written run(SparkSession spark, FleetInputs inputs, StrictAsk strict, String out, int partitions,
                              SaveMode mode) {
        long rows = inputs.rows().count();
        long cases = inputs.rows().where(functions.col(FleetInputs.PROBLEM).isNull()
                .and(functions.col(FleetInputs.NOTE).isNull())).count();
        int parts = partitions > 0 ? partitions : partitions(rows, spark.sparkContext().defaultParallelism());
        HadoopConfiguration hadoop = new HadoopConfiguration(spark.sparkContext().hadoopConfiguration());
        Dataset<Row> results = inputs.rows().repartition(parts)
                .mapPartitions(new PartitionTask(inputs.carried(), strict, hadoop), Encoders.row(CaseRows.schema(inputs.carried())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> perCase = results.where(functions.col(CaseRows.KIND).equalTo(CaseRows.CASE));
            Map<String, Long> written = new LinkedHashMap<>();
            for (TableShape<?> table : FleetTables.PER_CASE) {
                Dataset<Row> exploded = explode(perCase, table, inputs.carried());
                exploded.write().mode(mode).parquet(FleetOutput.table(out, table.name()));
            }
            Row counts = perCase.select(FleetTables.PER_CASE.stream()
                    .map(table -> functions.sum(functions.size(functions.col(table.name())).cast("long")).as(table.name()))
                    .toArray(Column[]::new)).first();
            for (TableShape<?> table : FleetTables.PER_CASE) {
                written.put(table.name(), counts.isNullAt(counts.fieldIndex(table.name())) ? 0L
                        : counts.<Long>getAs(table.name()));
            }
            Optional<SweepResult> sweep = strict.sweepGrid().map(grid -> sweep(results, grid, strict));
            List<SweepRow> sweepRows = sweep.map(FleetJob::sweepRows).orElse(List.of());
            spark.createDataFrame(sweepRows.stream().map(FleetTables.SWEEP::row).toList(), FleetTables.SWEEP.schema())
                    .coalesce(1).write().mode(mode).parquet(FleetOutput.table(out, FleetTables.SWEEP.name()));
            written.put(FleetTables.SWEEP.name(), (long) sweepRows.size());
            return new Written(cases, written, sweep);
        } finally {
            results.unpersist();
        }
    }

    /** {@link #CASES_PER_PARTITION} a partition, and at least one per core (a handful of cases: one per case). */
    static int partitions(long cases, int cores) {
        long byWork = (cases + CASES_PER_PARTITION - 1) / CASES_PER_PARTITION;
        return (int) Math.max(1, Math.min(cases, Math.max(byWork, cores)));
    }

    /** {@code id}, the table's columns, then the manifest's other columns. */
    private static Dataset<Row> explode(Dataset<Row> perCase, TableShape<?> table, List<String> carried) {
        List<Column> first = new ArrayList<>();
        carried.forEach(name -> first.add(functions.col(name)));
        first.add(functions.explode(functions.col(table.name())).as("_row"));
        List<Column> columns = new ArrayList<>();
        columns.add(functions.col(FleetTables.ID));
        table.names().forEach(name -> columns.add(functions.col("_row." + name).as(name)));
        carried.stream().filter(name -> !name.equals(FleetTables.ID)).forEach(name -> columns.add(functions.col(name)));
        return perCase.select(first.toArray(Column[]::new)).select(columns.toArray(Column[]::new));
    }

    /** The partitions' parts added up cell by cell, then recommended on as {@code analyzer sweep} does. */
    private static SweepResult sweep(Dataset<Row> results, SweepGrid grid, StrictAsk strict) {
        List<Row> parts = results.where(functions.col(CaseRows.KIND).equalTo(CaseRows.SWEEP))
                .select(functions.explode(functions.col(CaseRows.SWEEP)).as("_cell")).select("_cell.*").collectAsList();
        List<Limits> cells = grid.cells();
        Map<String, SweepCell[]> sums = new LinkedHashMap<>();
        strict.policies().forEach(policy -> sums.put(policy, new SweepCell[cells.size()]));
        for (Row part : parts) {
            SweepCell cell = cell(part);
            SweepCell[] policy = sums.get(part.<String>getAs("policy"));
            int index = cells.indexOf(cell.limits());
            policy[index] = policy[index] == null ? cell : policy[index].plus(cell);
        }
        Map<String, List<SweepCell>> byPolicy = new LinkedHashMap<>();
        int runs = 0;
        for (Map.Entry<String, SweepCell[]> policy : sums.entrySet()) {
            List<SweepCell> list = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                SweepCell cell = policy.getValue()[i];
                list.add(cell != null ? cell : new SweepCell.Tally().cell(cells.get(i),
                        strict.policyList().get(strict.policies().indexOf(policy.getKey())).promisedLimitMs(cells.get(i))));
            }
            byPolicy.put(policy.getKey(), list);
            runs = list.isEmpty() ? 0 : list.get(0).runs();
        }
        return Sweep.of(grid, runs, List.of(), strict.targetAbortRate(), byPolicy);
    }

    private static SweepCell cell(Row row) {
        return new SweepCell(new Limits(row.<Long>getAs("downtime_limit_ms"), row.<Long>getAs("switchover_limit_ms")),
                row.<Long>getAs("promised_limit_ms"), row.<Integer>getAs("runs"), row.<Integer>getAs("fired"),
                row.<Integer>getAs("may_fire"), row.<Integer>getAs("missed"), row.<Integer>getAs("may_miss"),
                row.<Integer>getAs("needless"), row.<Integer>getAs("may_needless"));
    }

    private static List<SweepRow> sweepRows(SweepResult result) {
        List<SweepRow> rows = new ArrayList<>();
        for (PolicySweep policy : result.policies()) {
            for (SweepCell cell : policy.cells()) {
                boolean recommended = policy.recommendation().cell().filter(best -> best.equals(cell)).isPresent();
                rows.add(new SweepRow(policy.policy(), cell, recommended));
            }
        }
        return rows;
    }
}
