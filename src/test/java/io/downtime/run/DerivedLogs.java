package io.downtime.run;

import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Logs made in code from the real samples, for cases no recording has (several runs, other forms). */
final class DerivedLogs {
    private static final Pattern LOG_PREFIX = Pattern.compile("^(\\d+)@(\\d+)\\.(\\d{6}):(.*)$");

    private DerivedLogs() {
    }

    static String sample(String relative) {
        return TraceForms.readString(SampleTraces.path(relative));
    }

    /** The samples' text one after the other, as a log QEMU appended to across runs. */
    static String concatenated(String... relatives) {
        return Arrays.stream(relatives).map(DerivedLogs::sample).collect(Collectors.joining());
    }

    static Path write(Path directory, String name, String text) {
        return TraceForms.write(directory.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every line's {@code TID@} replaced by {@code PID@} and the time turned into SystemTap nanoseconds. */
    static List<String[]> systemTap(String text, long pid) {
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LOG_PREFIX.matcher(line);
            if (m.matches()) {
                lines.add(new String[]{m.group(2) + m.group(3), pid + "@" + m.group(2) + m.group(3) + "000 " + m.group(4)});
            }
        }
        return lines;
    }

    /** Every {@code TID@SECONDS.MICROS:} time moved by {@code seconds}: the same run, later. */
    static String shifted(String text, long seconds) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            Matcher m = LOG_PREFIX.matcher(line);
            out.append(m.matches() ? m.group(1) + "@" + (Long.parseLong(m.group(2)) + seconds) + "." + m.group(3) + ":"
                    + m.group(4) : line).append('\n');
        }
        return out.toString();
    }

    /** The text with every {@code src-}/{@code dst-} checkpoint prefix removed, as QEMU's first builds wrote them. */
    static String unprefixed(String text) {
        return text.replaceAll("vmstate_downtime_checkpoint (src|dst)-", "vmstate_downtime_checkpoint ");
    }

    /** The text without the lines containing {@code fragment}. */
    static String without(String text, String fragment) {
        return text.lines().filter(line -> !line.contains(fragment)).map(line -> line + "\n").collect(Collectors.joining());
    }
}
