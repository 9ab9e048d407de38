package io.downtime.trace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The loop both reading threads run ({@link LineClassifier}) alone: reads FILE, held in memory, RUNS times on
 * one thread, and prints that thread's CPU time a line of each run (CPU rather than wall time: other processes
 * change it less). No file reading, no second thread, no events built: what a change to the per-line path
 * changes, docs/performance.md. Not a test; {@code bench/classify-ab.sh} compiles it against a jar and
 * compares jars with it:
 *
 * <pre>
 * java -Xss4m -XX:+UseSerialGC -Xmx2g -Xmn32m -XX:TieredStopAtLevel=1 -cp CLASSES:target/analyzer.jar \
 *     io.downtime.trace.ClassifyBenchmark RUNS FILE
 * </pre>
 */
public final class ClassifyBenchmark {
    private ClassifyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        byte[] data = Files.readAllBytes(Path.of(args[1]));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder perLine = new StringBuilder();
        for (int run = 0; run < runs; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long stops = 0;
            LineClassifier classifier = new LineClassifier(new LineScanner(new ByteArrayInputStream(data)), ReadOptions.defaults());
            while (classifier.next()) {
                stops++;
            }
            long lines = classifier.scanner().lineNumber();
            perLine.append(String.format(" %.1f", (threads.getCurrentThreadCpuTime() - cpu) / (double) Math.max(1, lines)));
            if (run == 0) {
                System.out.printf("%d lines, %d stopped at (understood events, lines for the grammar), %d other events counted%n",
                        lines, stops, classifier.otherEvents());
            }
        }
        System.out.println("ns/line:" + perLine);
    }
}
