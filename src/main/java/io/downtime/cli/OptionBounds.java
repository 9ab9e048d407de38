package io.downtime.cli;

import io.downtime.compare.Thresholds;
import io.downtime.strict.LimitRange;
import io.downtime.strict.Limits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.math.BigDecimal;

/**
 * Every number the command line takes has a stated bound, checked as the option is read: a value
 * outside it is refused with the option's name and what is allowed (picocli: "Invalid value for
 * option '--top': ..."), exit code 2, before any input is opened. docs/robustness.md lists them.
 * Each converter here is one option kind; durations with units are {@link ClockOffsetConverter}
 * and {@link DurationConverter}.
 */
final class OptionBounds {
    /** Listing more than this many rows of devices or figures is listing them all. */
    static final long MAX_TOP = 1_000_000;
    /** Run pairs {@code synth-runs} writes at most. */
    static final long MAX_SYNTH_RUNS = 1_000_000;
    /** Limit pairs a sweep replays at most: {@code 101 x 41} is 4,141; a 317 x 317 grid is 100,489. */
    static final long MAX_SWEEP_CELLS = 100_000;

    private OptionBounds() {
    }

    /** A whole number from {@code min} to {@code max}. */
    private abstract static class Whole implements ITypeConverter<Long> {
        private final long min;
        private final long max;
        private final String unit;

        Whole(long min, long max, String unit) {
            this.min = min;
            this.max = max;
            this.unit = unit;
        }

        @Override
        public Long convert(String value) {
            BigDecimal number;
            try {
                number = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number: " + allowed());
            }
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                    || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new TypeConversionException("'" + value + "' is not allowed: " + allowed());
            }
            return number.longValueExact();
        }

        private String allowed() {
            return "give a whole number" + unit + " from " + min + " to " + max;
        }
    }

    /** A number from {@code min} to {@code max}, the ends included or not. */
    private abstract static class Fraction implements ITypeConverter<Double> {
        private final double min;
        private final double max;
        private final boolean open;

        Fraction(double min, double max, boolean open) {
            this.min = min;
            this.max = max;
            this.open = open;
        }

        @Override
        public Double convert(String value) {
            double number;
            try {
                number = new BigDecimal(value.trim()).doubleValue();
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number: " + allowed());
            }
            boolean inside = open ? number > min && number < max : number >= min && number <= max;
            if (!inside) {
                throw new TypeConversionException("'" + value + "' is not allowed: " + allowed());
            }
            return number;
        }

        private String allowed() {
            return "give a number " + (open ? "between " : "from ") + plain(min) + (open ? " and " : " to ")
                    + plain(max) + (open ? ", both excluded" : "");
        }

        private static String plain(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** {@code --downtime-limit}, {@code --switchover-limit}: whole ms, as QEMU takes them, up to its 2000 s. */
    static final class LimitMillis extends Whole {
        LimitMillis() {
            super(0, Limits.MAX_MS, " of ms");
        }
    }

    /** {@code --top}: rows listed before the rest is summed or hidden. */
    static final class Top implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Math.toIntExact(new Whole(0, MAX_TOP, "") { }.convert(value));
        }
    }

    /** {@code --run}: migrations are numbered from 1. */
    static final class RunNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Math.toIntExact(new Whole(1, Integer.MAX_VALUE, "") { }.convert(value));
        }
    }

    /** {@code synth-runs --count}. */
    static final class SynthRuns implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Math.toIntExact(new Whole(1, MAX_SYNTH_RUNS, "") { }.convert(value));
        }
    }

    /** {@code --min-change-us}: up to a day. */
    static final class ChangeMicros extends Whole {
        ChangeMicros() {
            super(0, Thresholds.MAX_CHANGE_MICROS, " of µs");
        }
    }

    /** {@code --min-change-pct}. */
    static final class ChangePercent extends Fraction {
        ChangePercent() {
            super(0, Thresholds.MAX_CHANGE_PERCENT, false);
        }
    }

    /** {@code --alpha}: a significance level. */
    static final class Alpha extends Fraction {
        Alpha() {
            super(0, 1, true);
        }
    }

    /** {@code sweep --downtime-limit FROM:TO:STEP}: whole ms, each value a limit QEMU takes. */
    static final class Range implements ITypeConverter<LimitRange> {
        @Override
        public LimitRange convert(String value) {
            try {
                return LimitRange.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
