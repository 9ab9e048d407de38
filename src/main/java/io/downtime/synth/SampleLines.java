package io.downtime.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stamped lines of real trace logs, each split into its thread id, its time and its body, so
 * that a generator can put the body, unchanged, at another time.
 *
 * @param lines the logs' lines with a {@code TID@SECONDS.MICROS:} stamp, in file order
 */
record SampleLines(List<Line> lines) {
    private static final Pattern STAMPED = Pattern.compile("(\\d+)@(\\d+)\\.(\\d{6}):(.*)");

    /** One stamped line: its body is the text after the stamp, exactly as QEMU wrote it. */
    record Line(long threadId, long micros, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.US_ASCII);
        }
    }

    SampleLines {
        lines = List.copyOf(lines);
    }

    /** Reads the stamped lines of {@code logs}; lines of another form are left out. */
    static SampleLines read(List<Path> logs) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Path log : logs) {
            for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher stamp = STAMPED.matcher(text.strip());
                if (stamp.matches()) {
                    long micros = Long.parseLong(stamp.group(2)) * 1_000_000L + Long.parseLong(stamp.group(3));
                    lines.add(new Line(Long.parseLong(stamp.group(1)), micros,
                            stamp.group(4).getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return new SampleLines(lines);
    }

    /** Only the lines whose event name starts with {@code prefix}. */
    SampleLines named(String prefix) {
        return new SampleLines(lines.stream().filter(line -> line.bodyText().startsWith(prefix)).toList());
    }
}
