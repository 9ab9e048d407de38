package io.downtime.robustness;

import io.downtime.cli.AnalyzerCommand;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A log with one line of 100 MiB (a binary blob or a runaway message written into it): the line is
 * counted and rejected by its length, every other line is read, and memory stays bounded. The
 * command runs in a JVM of its own with a 48 MiB heap, half the size of the line: a reader that
 * kept the line, or any part of the file it does not need, would fail there with an OutOfMemoryError.
 */
class HugeLineTest {
    private static final long LINE_BYTES = 100L << 20;

    @TempDir
    Path dir;

    @Test
    void hundredMebibyteLineIsRejectedInBoundedMemory() throws Exception {
        List<String> lines = DamagedLogs.lines("dst-stalled-400ms/src.log");
        // Lines 1-10 of the sample, the long line as line 11, then lines 11-52 of the sample as lines 12-53.
        Path src = DamagedLogs.withHugeLine(dir.resolve("src.log"), DamagedLogs.utf8(DamagedLogs.joined(lines.subList(0, 10))),
                LINE_BYTES, (byte) 'x', DamagedLogs.utf8(DamagedLogs.joined(lines.subList(10, 52))));
        assertEquals(LINE_BYTES + 1 + DamagedLogs.bytes("dst-stalled-400ms/src.log").length, Files.size(src));
        String dst = SampleTraces.path("dst-stalled-400ms/dst.log").toString();

        Result events = analyzer("events", "--summary", src.toString());
        assertEquals(2, events.exitCode, events.err);
        assertEquals(src + ":11:1: line is 104857600 bytes long; lines longer than 65536 bytes are not read\n", events.err);
        assertTrue(events.out.contains("src.log     53          52             0          0         1"), events.out);

        Result report = analyzer("report", src.toString(), dst);
        assertEquals(2, report.exitCode, report.err);
        assertEquals(src + ":11:1: line is 104857600 bytes long; lines longer than 65536 bytes are not read\n", report.err);
        assertTrue(report.out.contains("QEMU's figure  4.111 ms"), report.out);
    }

    private record Result(int exitCode, String out, String err) {
    }

    /** {@code analyzer ARGS} in a new JVM with a small heap. */
    private Result analyzer(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), AnalyzerCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command finishes");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
