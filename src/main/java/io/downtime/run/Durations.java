package io.downtime.run;

import java.math.BigDecimal;

/**
 * Durations in the sentences this tool writes (evidence, explanations): microseconds below a
 * millisecond, milliseconds below a second, seconds above, to the microsecond (trailing zeros
 * dropped) so that the figure can be checked against the trace lines.
 */
public final class Durations {
    private Durations() {
    }

    /** {@code 6 µs}, {@code 1.907 ms}, {@code 4 ms}, {@code -169.298891 s}. */
    public static String of(long micros) {
        long magnitude = Math.abs(micros);
        if (magnitude < 1_000) {
            return micros + " µs";
        }
        if (magnitude < 1_000_000) {
            return BigDecimal.valueOf(micros, 3).stripTrailingZeros().toPlainString() + " ms";
        }
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString() + " s";
    }

    /** Like {@link #of} with an explicit sign: {@code +1.907 ms}. */
    public static String signed(long micros) {
        return (micros >= 0 ? "+" : "") + of(micros);
    }
}
