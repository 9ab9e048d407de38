package io.downtime.report.words;

import io.downtime.run.Durations;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * How the comparison writes its p-values (three significant digits) and a figure's change. Its times and percentages are
 * written as every other command writes them ({@link io.downtime.run.Durations}).
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * A change of a figure: {@code +12.3 ms (+4.5%), p = 0.0321}, the medians' difference in µs and in % of
     * the baseline's median (when there is one) and the rank test's p-value; analyzer compare's reason for a
     * regression or an improvement, and gate's no-regression message, both write it so.
     */
    public static String change(double delta, OptionalDouble percent, double p) {
        return Durations.signedMicros(delta) + (percent.isPresent() ? " (" + Durations.signedPercent(percent.getAsDouble())
                + ")" : "") + ", p = " + p(p);
    }

    /** {@code 0.0321}, {@code 1}, {@code 0.000183}. */
    public static String p(double p) {
        if (p >= 1) {
            return "1";
        }
        return new BigDecimal(p).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
