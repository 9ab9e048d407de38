package io.downtime.synth;

import io.downtime.testing.SampleTraces;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark's traces, made from the real samples, for tests that need a large real-line file. */
public final class BenchTraceFiles {
    private BenchTraceFiles() {
    }

    /** A trace of {@code bytes} bytes (or a line more), seed 1, in {@code dir}. */
    public static Path migrationMix(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("bench-" + bytes + ".log");
        try (OutputStream out = Files.newOutputStream(file)) {
            BenchTrace.write(BenchTrace.sampleLogs(List.of(SampleTraces.root())), BenchTrace.Mix.MIGRATION, bytes, 1, out);
        }
        return file;
    }
}
