package io.downtime.fleet.command;

import io.downtime.csv.CsvWriter;
import io.downtime.fleet.Arguments;
import io.downtime.fleet.FleetSession;
import io.downtime.fleet.UsageException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code analyzer-fleet query OUT "SQL"}: Spark SQL over a run's tables, the result as CSV on stdout. */
public final class QueryCommand {
    public static final String USAGE = """
            analyzer-fleet query OUT "SQL" [--master URL]
              Runs the Spark SQL statement over the tables of OUT (migrations, devices, phases, verdicts, sweep,
              problems: docs/fleet.md) and writes the result as CSV (a header, then one line per row) on stdout.
            """;

    private QueryCommand() {
    }

    public static int run(List<String> args, PrintWriter out, PrintWriter err, FleetSession sessions) {
        Arguments arguments = Arguments.parse(args, Set.of("--master"), Set.of());
        if (arguments.positional().size() != 2) {
            throw new UsageException("give the output directory of a run and one SQL statement");
        }
        String dir = arguments.positional().get(0);
        String sql = arguments.positional().get(1);
        SparkSession spark = sessions.open("query", arguments.one("--master"));
        try {
            FleetTablesRead.register(spark, dir);
            Dataset<Row> result;
            try {
                result = spark.sql(sql);
            } catch (Exception e) {
                // Spark's AnalysisException (a parse error included) is checked in Java's eyes, yet undeclared.
                if (e instanceof AnalysisException) {
                    throw new UsageException("the query cannot be run: " + e.getMessage());
                }
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            write(result, out);
            return 0;
        } finally {
            sessions.close(spark);
        }
    }

    /** Row by row, partition by partition: a large result is never held whole. */
    static void write(Dataset<Row> result, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of(result.columns()));
        Iterator<Row> rows = result.toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            List<Object> cells = new ArrayList<>(row.length());
            for (int i = 0; i < row.length(); i++) {
                cells.add(cell(row.get(i)));
            }
            csv.row(cells);
        }
        out.flush();
    }

    /** An array's elements joined by {@code ;} ({@code possible_classes}); everything else as Spark prints it. */
    private static Object cell(Object value) {
        if (value instanceof Seq<?> seq) {
            return CollectionConverters.asJava(seq).stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        return value;
    }
}
