package io.downtime.strict;

import java.util.ArrayList;
import java.util.List;

/**
 * The values one limit takes in a sweep: {@code from:to:step} in ms, both ends included
 * ({@code 100:500:50}), or a single value.
 */
public record LimitRange(long from, long to, long step) {
    public LimitRange {
        if (from < 0 || to < from || step <= 0) {
            throw new IllegalArgumentException("a range needs 0 <= from <= to and step > 0: " + from + ":" + to + ":" + step);
        }
    }

    public static LimitRange single(long value) {
        return new LimitRange(value, value, 1);
    }

    /** {@code 100:500:50}, {@code 300}. */
    public static LimitRange parse(String text) {
        String[] parts = text.trim().split(":", -1);
        try {
            if (parts.length == 1) {
                return single(Long.parseLong(parts[0].trim()));
            }
            if (parts.length == 3) {
                return new LimitRange(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()),
                        Long.parseLong(parts[2].trim()));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not FROM:TO:STEP or a value, in whole ms (e.g. 100:500:50)");
        }
        throw new IllegalArgumentException("'" + text + "' is not FROM:TO:STEP or a value, in whole ms (e.g. 100:500:50)");
    }

    public List<Long> values() {
        List<Long> values = new ArrayList<>();
        for (long value = from; value <= to; value += step) {
            values.add(value);
        }
        return values;
    }

    @Override
    public String toString() {
        return from == to ? Long.toString(from) : from + ":" + to + ":" + step;
    }
}
