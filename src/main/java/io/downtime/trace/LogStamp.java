package io.downtime.trace;

/**
 * The stamp QEMU's log trace backend puts before each event with {@code -msg timestamp=on} (QEMU up
 * to 10.0): {@code TID@SECONDS.MICROS:}, the time in wall-clock seconds with six fraction digits.
 * Everything that writes such lines (the synthetic corpora, the benchmark's traces) writes it here.
 */
public final class LogStamp {
    private LogStamp() {
    }

    public static String of(long threadId, long micros) {
        String fraction = Long.toString(Math.floorMod(micros, 1_000_000L));
        return threadId + "@" + Math.floorDiv(micros, 1_000_000L) + "." + "0".repeat(6 - fraction.length()) + fraction + ":";
    }
}
