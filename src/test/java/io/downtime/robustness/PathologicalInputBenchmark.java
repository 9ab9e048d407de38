package io.downtime.robustness;

import io.downtime.cli.AnalyzerCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints how long {@code analyzer report} takes on each pathological shape at sizes growing
 * fourfold, and the time per unit: flat when the work is linear. docs/performance.md records a run:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Xmx1g -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     io.downtime.robustness.PathologicalInputBenchmark
 * </pre>
 */
public final class PathologicalInputBenchmark {
    private PathologicalInputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = {1_000, 4_000, 16_000, 64_000};
        System.out.printf(Locale.ROOT, "%-40s %8s %10s %9s %13s%n", "SHAPE", "N", "MB", "SECONDS", "µs PER UNIT");
        for (PathologicalLogs shape : PathologicalLogs.values()) {
            for (int n : sizes) {
                int units = shape == PathologicalLogs.LONG_LINES || shape == PathologicalLogs.MIGRATIONS
                        || shape == PathologicalLogs.LIBVIRT_PROCESSES ? n / 16 : n;
                Path dir = Files.createTempDirectory("pathological");
                try {
                    PathologicalLogs.Inputs inputs = shape.write(dir, units);
                    report(inputs); // warm up the JIT on this shape before timing it
                    long start = System.nanoTime();
                    int exitCode = report(inputs);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "%-40s %8d %10.1f %9.3f %13.2f%s%n", shape.what(), units,
                            inputs.bytes() / 1e6, seconds, seconds * 1e6 / units, exitCode == 0 ? "" : "  (exit code " + exitCode + ")");
                } finally {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            }
        }
    }

    /** {@code analyzer report SRC DST}, in this JVM, its output thrown away. */
    static int report(PathologicalLogs.Inputs inputs) {
        CommandLine commandLine = AnalyzerCommand.commandLine();
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute("report", inputs.src().toString(), inputs.dst().toString());
    }
}
