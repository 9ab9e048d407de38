package io.downtime.strict;

/** The abort rate a sweep's recommendation keeps at or under ({@code --target-abort-rate}). */
public final class TargetAbortRate {
    private TargetAbortRate() {
    }

    /** {@code 1%} or {@code 0.01}, as a fraction. */
    public static double parse(String text) {
        String value = text.trim();
        boolean percent = value.endsWith("%");
        double number;
        try {
            number = Double.parseDouble(percent ? value.substring(0, value.length() - 1) : value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--target-abort-rate '" + text + "' is not a rate: give 1% or 0.01");
        }
        double fraction = percent ? number / 100 : number;
        if (fraction < 0 || fraction > 1 || Double.isNaN(fraction)) {
            throw new IllegalArgumentException("--target-abort-rate '" + text + "' is not between 0% and 100%");
        }
        return fraction;
    }
}
