package io.downtime.fleet;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.util.Optional;

/**
 * Where a command gets its Spark session: the cluster's when {@code spark-submit} started it (its
 * {@code --master} and settings), else an embedded local Spark on every core ({@code --master local[*]}), or the
 * master given. The tests hand every command one shared session instead ({@link #shared}).
 */
public interface FleetSession {
    String DEFAULT_MASTER = "local[*]";

    SparkSession open(String command, Optional<String> master);

    /** Called when the command is done with the session it opened. */
    void close(SparkSession session);

    /** A session per command, stopped when it is done: what {@code analyzer-fleet} does. */
    static FleetSession perCommand() {
        return new FleetSession() {
            @Override
            public SparkSession open(String command, Optional<String> master) {
                SparkSession.Builder builder = SparkSession.builder().appName("analyzer-fleet " + command);
                boolean submitted = new SparkConf().contains("spark.master");
                if (master.isPresent() || !submitted) {
                    String chosen = master.orElse(DEFAULT_MASTER);
                    builder.master(chosen);
                    if (chosen.startsWith("local")) {
                        local(builder);
                    }
                }
                return builder.getOrCreate();
            }

            @Override
            public void close(SparkSession session) {
                session.stop();
            }
        };
    }

    /** One session for every command, never stopped by them; {@code --master} is ignored. */
    static FleetSession shared(SparkSession session) {
        return new FleetSession() {
            @Override
            public SparkSession open(String command, Optional<String> master) {
                return session;
            }

            @Override
            public void close(SparkSession ignored) {
                // the owner stops it
            }
        };
    }

    /**
     * An embedded Spark serves one command of one user: no web UI port to bind, the driver on the loopback
     * address whatever the host's name resolves to.
     */
    static SparkSession.Builder local(SparkSession.Builder builder) {
        return builder.config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
    }
}
