package io.downtime.report;

import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.run.Durations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * How the report's tables print times: milliseconds with three decimals (every microsecond the
 * trace has; {@link Durations#ms(long)}), and an uncertain value as {@code ≥x} (only a lower bound), {@code ≤x} (only an upper
 * bound), {@code x ±h} (both; h is half the interval's width) or {@code ?} (unknown).
 */
public final class Figures {
    private static final DateTimeFormatter HOST_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private Figures() {
    }

    public static String ms(Estimate estimate) {
        Interval bounds = estimate.bounds();
        if (bounds.exact()) {
            return Durations.ms(bounds.low().getAsLong());
        }
        OptionalLong value = estimate.value();
        if (bounds.bounded()) {
            long half = (bounds.width().getAsLong() + 1) / 2;
            return Durations.ms(value.orElse(bounds.low().getAsLong() + half)) + " ±" + Durations.ms(half);
        }
        if (bounds.boundedBelow()) {
            return "≥" + Durations.ms(bounds.low().getAsLong());
        }
        if (bounds.boundedAbove()) {
            return "≤" + Durations.ms(bounds.high().getAsLong());
        }
        return "?";
    }

    /** A host's wall-clock time as libvirt writes it, UTC to the millisecond: {@code 2026-11-26 01:05:21.699}. */
    public static String hostTime(long micros) {
        return HOST_TIME.format(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
    }
}
