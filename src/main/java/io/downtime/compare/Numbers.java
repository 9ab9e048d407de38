package io.downtime.compare;

import java.math.BigDecimal;

/**
 * How the comparison writes its p-values: three significant digits. Its times and percentages are
 * written as every other command writes them ({@link io.downtime.run.Durations}).
 */
public final class Numbers {
    private Numbers() {
    }

    /** {@code 0.0321}, {@code 1}, {@code 0.000183}. */
    public static String p(double p) {
        if (p >= 1) {
            return "1";
        }
        return new BigDecimal(p).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
