package io.downtime.robustness;

import io.downtime.report.words.ProblemWords;
import io.downtime.cli.AnalyzerCommand;
import io.downtime.synth.SyntheticCorpus;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More migrations than the heap holds: a run set of 600 pairs (made from the real samples, as the
 * sweep's benchmark makes its corpus) read by {@code analyzer runs} in a JVM with a 16 MiB heap (300 pairs,
 * as before, fitted in it once a start no longer built the parser's ATN nor picocli's java.time
 * converters: they were that close to it). The
 * user gets one line saying what happened and how to give the JVM more, exit 2, no stack trace
 * (docs/robustness.md, limits).
 */
class OutOfMemoryTest {

    @Test
    void aFullHeapIsSaidInOneLine(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        SyntheticCorpus.write(List.of(SampleTraces.root()), 600, 1, corpus, diagnostic -> { }, ProblemWords::problem);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                AnalyzerCommand.class.getName(), "runs", corpus.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command finishes");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), stderr);
        assertTrue(stderr.startsWith("analyzer: out of memory: the inputs need more than the JVM's heap of "), stderr);
        assertTrue(stderr.endsWith(" MiB (docs/robustness.md#limits); give it more, e.g."
                + " ANALYZER_JAVA_OPTS='-Xss4m -XX:+UseSerialGC -Xmx4g' ./analyzer ...\n"), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
    }
}
