package io.downtime.strict;

/**
 * QEMU's {@code qemu_clock_get_ms}: whole milliseconds. The RFC subtracts two readings of it, so a
 * wall-clock elapsed time of {@code e} µs reads {@code floor(e/1000)} or one more, depending on where
 * the counter ticks relative to the trace's microseconds (the phase).
 */
public final class MillisecondCounter {
    private MillisecondCounter() {
    }

    /** The counter at wall-clock microsecond {@code micros} for {@code phase}. */
    public static long reading(long micros, int phase) {
        return Math.floorDiv(micros + phase, 1000);
    }

    /** {@code now - start} as two counter readings subtract it, in milliseconds. */
    public static long elapsed(long startMicros, long nowMicros, int phase) {
        return reading(nowMicros, phase) - reading(startMicros, phase);
    }

    /** Where {@code micros} falls within its millisecond of phase 0: {@code (t0 + phase) mod 1000} is the start's position. */
    public static int position(long micros, int phase) {
        return (int) Math.floorMod(micros + phase, 1000L);
    }
}
