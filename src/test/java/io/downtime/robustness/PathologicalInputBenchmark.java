package io.downtime.robustness;

import io.downtime.cli.AnalyzerCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints how long {@code analyzer report} takes on each pathological shape at sizes growing
 * fourfold, the time per unit (flat when the work is linear) and the peak heap (the sum of the heap
 * pools' peaks, after a full collection: what the run needed, give or take the collector's slack).
 * docs/performance.md records a run:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Xmx1g -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     io.downtime.robustness.PathologicalInputBenchmark [SHAPE SIZE...]
 * </pre>
 */
public final class PathologicalInputBenchmark {
    private PathologicalInputBenchmark() {
    }

    /** No arguments: every shape at 1,000 to 64,000; else {@code SHAPE SIZE...} (a {@link PathologicalLogs} name). */
    public static void main(String[] args) throws IOException {
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[]{1_000, 4_000, 16_000, 64_000};
        List<PathologicalLogs> shapes = args.length > 0 ? List.of(PathologicalLogs.valueOf(args[0]))
                : List.of(PathologicalLogs.values());
        System.out.printf(Locale.ROOT, "%-40s %8s %10s %9s %13s %14s%n", "SHAPE", "N", "MB", "SECONDS", "µs PER UNIT",
                "PEAK HEAP MB");
        for (PathologicalLogs shape : shapes) {
            for (int n : sizes) {
                // Each unit of these is a whole migration or a 60 kB line: a sixteenth as many keeps the files comparable.
                boolean big = shape == PathologicalLogs.LONG_LINES || shape == PathologicalLogs.MIGRATIONS
                        || shape == PathologicalLogs.LIBVIRT_PROCESSES;
                int units = big && args.length == 0 ? n / 16 : n;
                Path dir = Files.createTempDirectory("pathological");
                try {
                    PathologicalLogs.Inputs inputs = shape.write(dir, units);
                    report(inputs); // warm up the JIT on this shape before timing it
                    System.gc();
                    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
                    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                    long start = System.nanoTime();
                    int exitCode = report(inputs);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
                    System.out.printf(Locale.ROOT, "%-40s %8d %10.1f %9.3f %13.2f %14.0f%s%n", shape.what(), units,
                            inputs.bytes() / 1e6, seconds, seconds * 1e6 / units, peak / 1e6,
                            exitCode == 0 ? "" : "  (exit code " + exitCode + ")");
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
