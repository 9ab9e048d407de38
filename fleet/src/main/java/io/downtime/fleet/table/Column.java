package io.downtime.fleet.table;

import org.apache.spark.sql.types.DataType;

import java.util.function.Function;

/**
 * One column of an output table: its name, its Spark type, and how its value is taken from what the row
 * describes (null when absent). docs/fleet.md defines each.
 *
 * @param <T> what a row of the table describes
 */
public record Column<T>(String name, DataType type, Function<T, Object> value) {
}
