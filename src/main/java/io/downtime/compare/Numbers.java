package io.downtime.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the comparison writes its numbers in sentences and tables: times in µs or ms to the
 * microsecond (half microseconds where a median of an even count falls between two), p-values to
 * three significant digits, percentages to one decimal.
 */
public final class Numbers {
    private Numbers() {
    }

    /** {@code +226 µs}, {@code -1.5 µs}, {@code +3.412 ms}. */
    public static String signedMicros(double micros) {
        return (micros >= 0 ? "+" : "-") + micros(Math.abs(micros));
    }

    /** {@code 226 µs}, {@code 755.5 µs}, {@code 405.351 ms}: µs below a millisecond, ms above. */
    public static String micros(double micros) {
        if (Math.abs(micros) < 1000) {
            return plain(micros) + " µs";
        }
        return BigDecimal.valueOf(micros).movePointLeft(3).setScale(micros % 1 == 0 ? 3 : 4, RoundingMode.HALF_EVEN)
                .toPlainString() + " ms";
    }

    /** Milliseconds with three decimals, four when the value has half a microsecond: {@code 7.738}, {@code 0.7555}. */
    public static String ms(double micros) {
        return BigDecimal.valueOf(micros).movePointLeft(3).setScale(micros % 1 == 0 ? 3 : 4, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /** {@code 0.0321}, {@code 1}, {@code 0.000183}. */
    public static String p(double p) {
        if (p >= 1) {
            return "1";
        }
        return new BigDecimal(p).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** {@code +29.9%}. */
    public static String signedPercent(double percent) {
        return (percent >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** {@code 10%}, {@code 2.5%}. */
    public static String percent(double percent) {
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }

    private static String plain(double value) {
        return value % 1 == 0 ? Long.toString((long) value) : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
