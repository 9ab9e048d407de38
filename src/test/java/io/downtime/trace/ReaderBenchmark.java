package io.downtime.trace;

import io.downtime.model.TraceEvent;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The reader alone, in one warm JVM (no start-up, no command line): reads each file given RUNS times
 * and prints, per run, the wall time, the CPU time of all threads and of the reader's own thread (the
 * rest is the other reading thread of a large file, and the collector's and compiler's), and
 * lines and understood events per second. CPU times are what a loaded machine changes least. Not a test; run it from the test classpath (docs/performance.md):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) io.downtime.trace.ReaderBenchmark RUNS FILE...
 * </pre>
 *
 * Add {@code grammar} before the files to read every candidate line through the grammar, as before the
 * byte-level shortcut; {@code one-thread} to read every file on the reader's thread alone, never in blocks
 * (then the reader's thread's CPU time is the whole read's, and its time a line is printed: what a change
 * to the per-line path changes, docs/performance.md).
 */
public final class ReaderBenchmark {
    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        int first = 1;
        boolean grammarOnly = false;
        boolean oneThread = false;
        for (; first < args.length && (args[first].equals("grammar") || args[first].equals("one-thread")); first++) {
            grammarOnly |= args[first].equals("grammar");
            oneThread |= args[first].equals("one-thread");
        }
        ReadOptions read = oneThread ? new ReadOptions(false, Long.MAX_VALUE) : ReadOptions.defaults();
        for (int a = first; a < args.length; a++) {
            Path file = Path.of(args[a]);
            ReadOptions options = grammarOnly ? read.withGrammarOnly() : read;
            for (int run = 0; run < runs; run++) {
                long cpuBefore = processCpu();
                long readerCpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long events = 0;
                long hash = 0;
                LineAccounting accounting;
                try (EventReader reader = EventReader.open(TraceInput.file(file), options, d -> { })) {
                    while (reader.hasNext()) {
                        TraceEvent event = reader.next();
                        events++;
                        hash += event.header().where().line();
                    }
                    accounting = reader.accounting();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpu() - cpuBefore) / 1e9;
                double readerCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - readerCpuBefore) / 1e9;
                System.out.printf("%s run %d: %.3f s wall, %.3f s cpu (%.3f s on the reader's thread, %.1f ns a line), %d lines"
                                + " (%.2f M/s), %d events (%.2f M/s)%s%n",
                        file.getFileName(), run + 1, seconds, cpu, readerCpu, readerCpu * 1e9 / Math.max(1, accounting.lines()),
                        accounting.lines(), accounting.lines() / seconds / 1e6,
                        events, events / seconds / 1e6, hash == 42 ? "!" : "");
            }
        }
    }

    /** The process's CPU time: both reading threads, the collector's and the compiler's. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
