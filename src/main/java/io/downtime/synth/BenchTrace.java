package io.downtime.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a large trace log for the reader's benchmark (docs/performance.md), made of real QEMU trace
 * lines: the real sample logs' lines, bodies unchanged, at new times, and in the {@link Mix#MIGRATION}
 * mix, between them, the events QEMU traces around a migration ({@link OtherEventLines}). The file is
 * one stamped log; the same seed, size and samples give the same bytes.
 */
public final class BenchTrace {
    /** Other events written before each real sample log: a busy migration's worth of page events. */
    static final int OTHER_LINES_PER_SAMPLE = 200_000;

    public enum Mix {
        /** Real sample logs, each after {@value #OTHER_LINES_PER_SAMPLE} other events: downtime events are rare. */
        MIGRATION,
        /** Every line a {@code vmstate_downtime_*} event of a real sample, one after the other. */
        DOWNTIME_ONLY
    }

    /**
     * @param lines         lines written
     * @param bytes         bytes written
     * @param downtimeLines lines whose event is a {@code vmstate_downtime_*} one (what
     *                      {@code grep -c vmstate_downtime} counts)
     * @param samples       the real logs the lines came from
     */
    public record Written(long lines, long bytes, long downtimeLines, List<Path> samples) {
        public Written {
            samples = List.copyOf(samples);
        }
    }

    private BenchTrace() {
    }

    /** The real logs to take lines from: every {@code src.log} and {@code dst.log} under {@code from}, in path order. */
    public static List<Path> sampleLogs(List<Path> from) throws IOException {
        List<Path> logs = new ArrayList<>();
        for (Path root : from) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> file.getFileName().toString().equals("src.log")
                                || file.getFileName().toString().equals("dst.log"))
                        .sorted().forEach(logs::add);
            }
        }
        if (logs.isEmpty()) {
            throw new IllegalArgumentException("no src.log or dst.log under " + from);
        }
        return logs;
    }

    /**
     * How much to write and how: lines go on until {@code bytes} are written or {@code lines} lines (when
     * {@code lines} is above 0), whichever comes first, stamped as {@code form}.
     */
    public record Extent(long bytes, long lines, StampForm form) {
        public Extent {
            if (bytes <= 0 && lines <= 0) {
                throw new IllegalArgumentException("nothing to write: no size and no line count");
            }
        }

        /** {@code bytes} bytes of log-backend lines. */
        public static Extent bytes(long bytes) {
            return new Extent(bytes, 0, StampForm.LOG);
        }

        private boolean more(StampedLineSink sink) {
            return (bytes <= 0 || sink.written() < bytes) && !linesReached(sink);
        }

        /** A sample log is written whole past the size, but not past the line count. */
        private boolean linesReached(StampedLineSink sink) {
            return lines > 0 && sink.lines() >= lines;
        }
    }

    public static Written write(List<Path> samples, Mix mix, long targetBytes, long seed, OutputStream target)
            throws IOException {
        return write(samples, mix, Extent.bytes(targetBytes), seed, target);
    }

    public static Written write(List<Path> samples, Mix mix, Extent extent, long seed, OutputStream target)
            throws IOException {
        return write(samples, mix, extent, seed, OTHER_LINES_PER_SAMPLE, target);
    }

    /** As {@link #write(List, Mix, long, long, OutputStream)}, with fewer other events between samples (tests). */
    static Written write(List<Path> samples, Mix mix, long targetBytes, long seed, int otherLinesPerSample,
                         OutputStream target) throws IOException {
        return write(samples, mix, Extent.bytes(targetBytes), seed, otherLinesPerSample, target);
    }

    private static Written write(List<Path> samples, Mix mix, Extent extent, long seed, int otherLinesPerSample,
                                 OutputStream target) throws IOException {
        List<SampleLines> logs = new ArrayList<>();
        List<Path> used = new ArrayList<>();
        for (Path sample : samples) {
            SampleLines lines = SampleLines.read(List.of(sample));
            lines = mix == Mix.DOWNTIME_ONLY ? lines.named("vmstate_downtime_") : lines;
            if (!lines.lines().isEmpty()) {
                logs.add(lines);
                used.add(sample);
            }
        }
        if (logs.isEmpty()) {
            throw new IllegalArgumentException("the samples hold no stamped trace line");
        }
        SplittableRandom random = new SplittableRandom(seed);
        OutputStream out = new BufferedOutputStream(target, 1 << 20);
        StampedLineSink sink = new StampedLineSink(out, extent.form());
        OtherEventLines others = new OtherEventLines(random.split());
        long now = logs.get(0).lines().get(0).micros();
        long downtime = 0;
        for (int next = 0; extent.more(sink); next = (next + 1) % logs.size()) {
            SampleLines log = logs.get(next);
            long threadId = log.lines().get(0).threadId();
            OtherEventLines.Side side = used.get(next).getFileName().toString().startsWith("dst")
                    ? OtherEventLines.Side.DESTINATION : OtherEventLines.Side.SOURCE;
            if (mix == Mix.MIGRATION) {
                for (int i = 0; i < otherLinesPerSample && extent.more(sink); i++) {
                    now += random.nextInt(1, 20);
                    sink.write(threadId, now, others.next(side));
                }
            }
            long first = log.lines().get(0).micros();
            long start = now;
            for (SampleLines.Line line : log.lines()) {
                if (extent.linesReached(sink)) {
                    break;
                }
                now = start + Math.max(0, line.micros() - first);
                sink.write(line.threadId(), now, line.body());
                if (line.bodyText().startsWith("vmstate_downtime_")) {
                    downtime++;
                }
            }
            now += 1;
        }
        out.flush();
        return new Written(sink.lines(), sink.written(), downtime, used);
    }
}
