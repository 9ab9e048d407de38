package io.downtime.compare;

/**
 * When a difference between two run sets is reported as a change: significant at {@code alpha}
 * and at least both floors. docs/compare.md says why the defaults are what they are.
 *
 * @param alpha            the significance level of the rank test (two-sided p at most this)
 * @param minChangeMicros  the smallest change of the median worth reporting, µs
 * @param minChangePercent the smallest change of the median worth reporting, % of the baseline's median
 */
public record Thresholds(double alpha, long minChangeMicros, double minChangePercent) {
    public static final double DEFAULT_ALPHA = 0.01;
    public static final long DEFAULT_MIN_CHANGE_MICROS = 100;
    public static final double DEFAULT_MIN_CHANGE_PERCENT = 10;
    /** The largest floor in µs: a day, longer than any downtime. */
    public static final long MAX_CHANGE_MICROS = 86_400_000_000L;
    /** The largest floor in %: a change ten thousand times the baseline's median. */
    public static final double MAX_CHANGE_PERCENT = 1_000_000;

    public Thresholds {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("the significance level must lie between 0 and 1, got " + alpha);
        }
        if (minChangeMicros < 0 || minChangeMicros > MAX_CHANGE_MICROS
                || !(minChangePercent >= 0 && minChangePercent <= MAX_CHANGE_PERCENT)) {
            throw new IllegalArgumentException("the floors are from 0 to " + MAX_CHANGE_MICROS + " µs and from 0 to "
                    + (long) MAX_CHANGE_PERCENT + " %, got " + minChangeMicros + " µs and " + minChangePercent + " %");
        }
    }

    public static Thresholds defaults() {
        return new Thresholds(DEFAULT_ALPHA, DEFAULT_MIN_CHANGE_MICROS, DEFAULT_MIN_CHANGE_PERCENT);
    }
}
