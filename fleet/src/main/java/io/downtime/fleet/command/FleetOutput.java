package io.downtime.fleet.command;

import io.downtime.fleet.UsageException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The output directory of a run (local, {@code hdfs://}, {@code s3a://}, ...): a Parquet directory per table,
 * and {@value #SUMMARY}, what was asked and found, which {@code query}, {@code compare} and {@code metrics}
 * read back.
 */
public final class FleetOutput {
    public static final String SUMMARY = "_fleet.json";

    private FleetOutput() {
    }

    public static String table(String out, String name) {
        return new Path(out, name).toString();
    }

    public static String summary(String out) {
        return new Path(out, SUMMARY).toString();
    }

    /** Refuses an output directory that exists, unless it may be replaced; a run never mixes its tables with another's. */
    public static void prepare(String out, boolean overwrite, Configuration hadoop) {
        try {
            Path path = new Path(out);
            FileSystem fs = path.getFileSystem(hadoop);
            if (fs.exists(path) && !overwrite) {
                throw new UsageException(out + " exists: give another --out, or --overwrite to replace it");
            }
            if (fs.exists(path) && overwrite && !fs.exists(new Path(path, SUMMARY))
                    && fs.listStatus(path).length > 0) {
                throw new UsageException(out + " is not the output of an analyzer-fleet run (no " + SUMMARY
                        + "): --overwrite replaces only such a directory");
            }
            if (fs.exists(path)) {
                fs.delete(path, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
    }

    /** Opens a text file of the output directory for writing, replacing it. */
    public static Writer write(String location, Configuration hadoop) {
        try {
            Path path = new Path(location);
            return new OutputStreamWriter(path.getFileSystem(hadoop).create(path, true), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": " + e.getMessage(), e);
        }
    }

    /** Reads a text file of the output directory whole. */
    public static String read(String location, Configuration hadoop) {
        Path path = new Path(location);
        try (var in = path.getFileSystem(hadoop).open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.FileNotFoundException e) {
            throw new UsageException(location + " not found: is this the --out of an analyzer-fleet run?");
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": " + e.getMessage(), e);
        }
    }
}
