package io.downtime.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the tool writes microseconds, everywhere: in sentences ({@link #of}: the unit that fits, to
 * the microsecond, so that the figure can be checked against the trace lines), in tables
 * ({@link #ms(long)}: milliseconds with three decimals), in comparisons ({@link #micros(double)}:
 * medians of an even count may fall on half a microsecond), and the shares of them ({@link
 * #percentOfFraction} takes a fraction, {@link #percent} a percentage). One class so that the same
 * duration is never written two ways; the report's notation for uncertain values ({@code ≥x},
 * {@code x ±h}) builds on {@link #ms(long)}.
 */
public final class Durations {
    private Durations() {
    }

    /** {@code 6 µs}, {@code 1.907 ms}, {@code 4 ms}, {@code -169.298891 s}: the sentences' form. */
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

    /** {@code 405.351} for 405351 µs: the tables' milliseconds, every microsecond shown. */
    public static String ms(long micros) {
        return BigDecimal.valueOf(micros, 3).toPlainString();
    }

    /** Milliseconds with three decimals, four when the value has half a microsecond: {@code 7.738}, {@code 0.7555}. */
    public static String ms(double micros) {
        return BigDecimal.valueOf(micros).movePointLeft(3).setScale(micros % 1 == 0 ? 3 : 4, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /** {@code 1.0} for 997802 µs: seconds to a tenth, for the length of a precopy or a setup. */
    public static String seconds(long micros) {
        return BigDecimal.valueOf(micros, 6).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code 226 µs}, {@code 755.5 µs}, {@code 405.351 ms}: µs below a millisecond, ms above ({@link #ms(double)}). */
    public static String micros(double micros) {
        if (Math.abs(micros) < 1000) {
            return (micros % 1 == 0 ? Long.toString((long) micros)
                    : BigDecimal.valueOf(micros).stripTrailingZeros().toPlainString()) + " µs";
        }
        return ms(micros) + " ms";
    }

    /** {@code +226 µs}, {@code -1.5 µs}, {@code +3.412 ms}. */
    public static String signedMicros(double micros) {
        return (micros >= 0 ? "+" : "-") + micros(Math.abs(micros));
    }

    /** {@code 98.9%} for the fraction 0.989: one decimal. */
    public static String percentOfFraction(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** {@code 10%}, {@code 2.5%} for the percentage 10 or 2.5: as many decimals as it has. */
    public static String percent(double percent) {
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code +29.9%} for the percentage 29.94: one decimal, signed. */
    public static String signedPercent(double percent) {
        return (percent >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
