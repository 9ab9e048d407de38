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
 * size and at eight times that size, each under a bound about ten times what linear work takes at
 * the larger size on the project's shared 2-core machine (at most about 3 s, see
 * docs/performance.md). Quadratic work fails it: before RunPairer kept runs in identity maps, the
 * 64,000 one-line runs of {@link PathologicalLogs#SETUP_LINES} took more than 300 s.
 */
class LinearTimeTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
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
        for (int n : new int[]{SMALL.get(shape), 8 * SMALL.get(shape)}) {
            Path sized = Files.createDirectories(dir.resolve(shape.name() + "-" + n));
            PathologicalLogs.Inputs inputs = shape.write(sized, n);
            int exitCode = assertTimeoutPreemptively(BOUND, () -> PathologicalInputBenchmark.report(inputs),
                    () -> shape.what() + ", n = " + n + ": more than " + BOUND.toSeconds() + " s");
            assertTrue(exitCode == 0, shape.what() + ", n = " + n + ": exit code " + exitCode);
        }
    }
}
