package io.downtime.synth;

import io.downtime.trace.LogStamp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the generated lines are stamped: the forms QEMU's trace backends write (docs/formats.md), so
 * that the reader can be measured on each.
 */
public enum StampForm {
    /** Log backend, QEMU up to 10.0: {@code TID@SECONDS.MICROS:}. */
    LOG,
    /** Log backend, QEMU 10.1 and later: {@code 2025-07-21T18:43:28.089797Z }. */
    ISO,
    /** SystemTap ({@code qemu-trace-stap}): {@code PID@NANOSECONDS }. */
    SYSTEMTAP,
    /** {@code -msg timestamp=off}: no stamp at all. */
    UNSTAMPED;

    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The stamp before an event body, for a thread (or process) id and a time in microseconds. */
    String stamp(long id, long micros) {
        return switch (this) {
            case LOG -> LogStamp.of(id, micros);
            case ISO -> ISO_MICROS.format(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1000)) + " ";
            case SYSTEMTAP -> id + "@" + Math.multiplyExact(micros, 1000L) + " ";
            case UNSTAMPED -> "";
        };
    }
}
