package io.downtime.fleet.table;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * The columns of one output table, the one definition its schema and its rows come from.
 *
 * @param <T> what a row describes
 */
public record TableShape<T>(String name, List<Column<T>> columns) {
    public TableShape {
        columns = List.copyOf(columns);
    }

    public StructType schema() {
        return DataTypes.createStructType(columns.stream()
                .map(column -> DataTypes.createStructField(column.name(), column.type(), true))
                .toArray(StructField[]::new));
    }

    public Row row(T source) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(source);
        }
        return RowFactory.create(values);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }
}
