package io.downtime.report;

import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * How the report's tables print times: milliseconds with three decimals (every microsecond the
 * trace has), and an uncertain value as {@code ≥x} (only a lower bound), {@code ≤x} (only an upper
 * bound), {@code x ±h} (both; h is half the interval's width) or {@code ?} (unknown).
 */
public final class Figures {
    private static final DateTimeFormatter HOST_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private Figures() {
    }

    /** {@code 405.351} for 405351 µs. */
    public static String ms(long micros) {
        return BigDecimal.valueOf(micros, 3).toPlainString();
    }

    /** {@code 1.0} for 997802 µs: seconds to a tenth, for the length of a precopy or a setup. */
    public static String seconds(long micros) {
        return BigDecimal.valueOf(micros, 6).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public static String ms(Estimate estimate) {
        Interval bounds = estimate.bounds();
        if (bounds.exact()) {
            return ms(bounds.low().getAsLong());
        }
        OptionalLong value = estimate.value();
        if (bounds.bounded()) {
            long half = (bounds.width().getAsLong() + 1) / 2;
            return ms(value.orElse(bounds.low().getAsLong() + half)) + " ±" + ms(half);
        }
        if (bounds.boundedBelow()) {
            return "≥" + ms(bounds.low().getAsLong());
        }
        if (bounds.boundedAbove()) {
            return "≤" + ms(bounds.high().getAsLong());
        }
        return "?";
    }

    /** A host's wall-clock time as libvirt writes it, UTC to the millisecond: {@code 2026-11-26 01:05:21.699}. */
    public static String hostTime(long micros) {
        return HOST_TIME.format(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
    }

    /** {@code 98.9%}. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
