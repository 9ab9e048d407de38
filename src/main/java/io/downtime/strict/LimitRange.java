package io.downtime.strict;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The values one limit takes in a sweep: {@code from:to:step} in ms, both ends included
 * ({@code 100:500:50}), or a single value. Every value is a limit QEMU takes (0 to
 * {@link Limits#MAX_MS}), and so is the step.
 */
public record LimitRange(long from, long to, long step) {
    private static final String FORM = "give FROM:TO:STEP or one value, in whole ms from 0 to " + Limits.MAX_MS
            + " (e.g. 100:500:50)";

    public LimitRange {
        if (from < 0 || to < from || to > Limits.MAX_MS || step <= 0 || step > Limits.MAX_MS) {
            throw new IllegalArgumentException("a range needs 0 <= FROM <= TO <= " + Limits.MAX_MS + " and 1 <= STEP <= "
                    + Limits.MAX_MS + ": " + from + ":" + to + ":" + step);
        }
    }

    public static LimitRange single(long value) {
        return new LimitRange(value, value, 1);
    }

    /** {@code 100:500:50}, {@code 300}. */
    public static LimitRange parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length == 1) {
            return single(part(text, parts[0]));
        }
        if (parts.length == 3) {
            return new LimitRange(part(text, parts[0]), part(text, parts[1]), part(text, parts[2]));
        }
        throw new IllegalArgumentException("'" + text + "' is not a range: " + FORM);
    }

    private static long part(String text, String part) {
        BigInteger value;
        try {
            value = new BigInteger(part.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a range: " + FORM);
        }
        if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(Limits.MAX_MS)) > 0) {
            throw new IllegalArgumentException("'" + text + "': " + part.trim() + " is out of range: " + FORM);
        }
        return value.longValueExact();
    }

    /** How many values: at most {@link Limits#MAX_MS} + 1. */
    public long count() {
        return (to - from) / step + 1;
    }

    public List<Long> values() {
        List<Long> values = new ArrayList<>();
        for (long i = 0; i < count(); i++) {
            values.add(from + i * step);
        }
        return values;
    }

    @Override
    public String toString() {
        return from == to ? Long.toString(from) : from + ":" + to + ":" + step;
    }
}
