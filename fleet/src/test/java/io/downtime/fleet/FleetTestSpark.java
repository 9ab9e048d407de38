package io.downtime.fleet;

import org.apache.spark.sql.SparkSession;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One embedded Spark ({@code local[2]}) for every fleet test, started once: a session costs seconds, a test's
 * job on the samples a fraction of that. Commands run in-process through {@link FleetMain#run}.
 */
public final class FleetTestSpark {
    private static SparkSession session;

    private FleetTestSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = FleetSession.local(SparkSession.builder().appName("analyzer-fleet tests").master("local[2]"))
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
        }
        return session;
    }

    /** One {@code analyzer-fleet} command, with what it printed. */
    public record FleetRun(int exitCode, String out, String err) {
    }

    public static FleetRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FleetMain.run(List.of(args), new PrintWriter(out), new PrintWriter(err), FleetSession.shared(session()));
        return new FleetRun(code, out.toString(), err.toString());
    }
}
