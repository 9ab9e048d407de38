package io.downtime.report.migration;

import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.report.Figures;
import io.downtime.run.Durations;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of QEMU's decision, prediction and the blackout's parts as the why section writes them
 * (docs/why.md): a duration with its uncertainty, a limit, a byte count.
 */
public final class WhyFigures {
    private WhyFigures() {
    }

    /** {@code 32.943 ms}, {@code 31.036 ±0.788 ms}, {@code at least 218.646 ms}, {@code at most 2.000 ms}. */
    public static String duration(Estimate estimate) {
        Interval bounds = estimate.bounds();
        if (bounds.exact() || bounds.bounded()) {
            return Figures.ms(estimate) + " ms";
        }
        if (bounds.boundedBelow()) {
            return "at least " + Durations.ms(bounds.low().getAsLong()) + " ms";
        }
        if (bounds.boundedAbove()) {
            return "at most " + Durations.ms(bounds.high().getAsLong()) + " ms";
        }
        return "an unknown time";
    }

    /** A limit: {@code 100 ms} when it is whole milliseconds, as QEMU takes it, else to the µs. */
    public static String limitMs(long micros) {
        return micros % 1000 == 0 ? micros / 1000 + " ms" : ms(micros);
    }

    public static String ms(long micros) {
        return Durations.ms(micros) + " ms";
    }

    /** {@code 15.3 MB} (decimal megabytes), {@code 512 kB}, {@code 0 bytes}. */
    public static String bytes(long bytes) {
        if (bytes >= 1_000_000) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).toPlainString()
                    + " MB";
        }
        if (bytes >= 1_000) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000), 1, RoundingMode.HALF_UP).toPlainString()
                    + " kB";
        }
        return bytes + " bytes";
    }
}
