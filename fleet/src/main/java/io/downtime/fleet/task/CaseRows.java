package io.downtime.fleet.task;

import io.downtime.fleet.table.FleetTables;
import io.downtime.fleet.table.ScalaLists;
import io.downtime.fleet.table.SweepRow;
import io.downtime.fleet.table.TableShape;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The intermediate rows the tasks return, one per case (and one per partition for its part of the sweep):
 * the manifest's columns, then each table's rows for that case as an array. The job writes each table by
 * exploding its array; docs/fleet.md documents the tables, not these rows.
 */
public final class CaseRows {
    /** {@code case} for a case's row, {@code sweep} for a partition's part of the sweep. */
    public static final String KIND = "_kind";
    public static final String CASE = "case";
    public static final String SWEEP = "sweep";

    private CaseRows() {
    }

    public static StructType schema(List<String> carried) {
        StructType schema = new StructType();
        for (String name : carried) {
            schema = schema.add(name, DataTypes.StringType, true);
        }
        schema = schema.add(KIND, DataTypes.StringType, false);
        for (TableShape<?> table : FleetTables.PER_CASE) {
            schema = schema.add(table.name(), DataTypes.createArrayType(table.schema(), false), false);
        }
        return schema.add(SWEEP, DataTypes.createArrayType(FleetTables.SWEEP.schema(), false), false);
    }

    public static Row of(List<Object> carried, CaseResult result) {
        List<Object> values = new ArrayList<>(carried);
        values.add(CASE);
        values.add(rows(FleetTables.MIGRATIONS, result.migrations()));
        values.add(rows(FleetTables.DEVICES, result.devices()));
        values.add(rows(FleetTables.PHASES, result.phases()));
        values.add(rows(FleetTables.BLACKOUT_PARTS, result.parts()));
        values.add(rows(FleetTables.VERDICTS, result.verdicts()));
        values.add(rows(FleetTables.PROBLEMS, result.problems()));
        values.add(ScalaLists.of(List.of()));
        return RowFactory.create(values.toArray());
    }

    public static Row sweep(int carried, List<SweepRow> cells) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < carried; i++) {
            values.add(null);
        }
        values.add(SWEEP);
        for (int i = 0; i < FleetTables.PER_CASE.size(); i++) {
            values.add(ScalaLists.of(List.of()));
        }
        values.add(rows(FleetTables.SWEEP, cells));
        return RowFactory.create(values.toArray());
    }

    private static <T> Object rows(TableShape<T> table, List<T> sources) {
        List<Row> rows = new ArrayList<>(sources.size());
        for (T source : sources) {
            rows.add(table.row(source));
        }
        return ScalaLists.of(rows);
    }
}
