package io.downtime.why;

/**
 * QEMU's {@code downtime-limit} (a whole number of milliseconds as QEMU takes it), and where it came from.
 *
 * @param micros     the limit in µs; a whole number of milliseconds unless {@code wholeMilliseconds} is false
 *                   (a threshold that no whole-millisecond limit reproduces gives the plain quotient)
 * @param derivation the file, option or arithmetic it came from, with its values
 */
public record DowntimeLimit(long micros, LimitDerivation derivation, boolean wholeMilliseconds) {

    /** Where it came from: what its derivation is, so the two can never disagree. */
    public LimitSource source() {
        return derivation.source();
    }

    /** A limit of whole milliseconds, as a user or QEMU states it. */
    public static DowntimeLimit stated(long milliseconds, LimitDerivation derivation) {
        return new DowntimeLimit(Math.multiplyExact(milliseconds, 1000L), derivation, true);
    }
}
