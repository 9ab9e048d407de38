package io.downtime.robustness;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A safety net against super-linear work, not a speed measurement (PathologicalInputBenchmark
 * prints the figures; docs/performance.md records them). Each pathological shape is reported at a
 * size and at eight times that size, one after the other in this JVM: linear work takes about eight times
 * as long at the larger size (less, the JIT warmed up by the smaller), quadratic work sixty-four times.
 * The check is that ratio, measured side by side, so that it holds on the project's shared 2-core
 * machine whatever else runs on it (an absolute bound of 30 s failed there at a load average of 13, the
 * 64,000 one-line runs of {@link PathologicalLogs#SETUP_LINES} taking 25 to 35 s instead of 1.4 s);
 * a report that takes more than {@link #HANG} fails too. Quadratic work fails it: before RunPairer kept
 * runs in identity maps, those 64,000 one-line runs took more than 300 s.
 */
class LinearTimeTest {
    /** Beyond this, a report is taken to hang. */
    private static final Duration HANG = Duration.ofSeconds(180);
    /** Eight times the input may take at most this many times as long: linear work 8, quadratic 64. */
    private static final double MAX_GROWTH = 24;
    /** The smaller size's time is taken to be at least this, so that a fast shape's noise does not make the ratio. */
    private static final long FLOOR_NANOS = 500_000_000L;
    /** The smaller size of each shape; the larger is eight times as many. */
    private static final Map<PathologicalLogs, Integer> SMALL = Map.of(
            PathologicalLogs.MIGRATIONS, 250,
            PathologicalLogs.SETUP_LINES, 8_000,
            PathologicalLogs.DEVICES, 8_000,
            PathologicalLogs.CHECKPOINTS, 8_000,
            PathologicalLogs.MESSAGES, 8_000,
            PathologicalLogs.LIBVIRT_PROCESSES, 60,
            PathologicalLogs.LONG_LINES, 60);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PathologicalLogs.class)
    void reportTakesTimeLinearInTheInput(PathologicalLogs shape) throws IOException {
        long[] nanos = new long[2];
        int[] sizes = {SMALL.get(shape), 8 * SMALL.get(shape)};
        for (int i = 0; i < 2; i++) {
            int n = sizes[i];
            Path sized = Files.createDirectories(dir.resolve(shape.name() + "-" + n));
            PathologicalLogs.Inputs inputs = shape.write(sized, n);
            long start = System.nanoTime();
            int exitCode = assertTimeoutPreemptively(HANG, () -> PathologicalInputBenchmark.report(inputs),
                    () -> shape.what() + ", n = " + n + ": more than " + HANG.toSeconds() + " s");
            nanos[i] = System.nanoTime() - start;
            assertTrue(exitCode == 0, shape.what() + ", n = " + n + ": exit code " + exitCode);
        }
        double growth = nanos[1] / (double) Math.max(nanos[0], FLOOR_NANOS);
        assertTrue(growth < MAX_GROWTH, shape.what() + ": " + sizes[1] + " units took " + nanos[1] / 1_000_000 + " ms, "
                + sizes[0] + " units " + nanos[0] / 1_000_000 + " ms: " + String.format(java.util.Locale.ROOT, "%.1f", growth)
                + " times as long for eight times the input");
    }
}
