package io.downtime.gate;

import io.downtime.clock.Estimate;

import java.util.OptionalLong;

/**
 * Which value of an uncertain time a limit is checked against ({@code value}). A time across the
 * two hosts is known only as well as the clocks are aligned: usually a lower bound.
 */
public enum BoundChoice {
    /** Fails only when the time certainly exceeds the limit: the guest was stopped at least this long. */
    LOWER_BOUND("lower-bound"),
    /** Fails unless the time is certainly within the limit; a time without an upper bound is unknown. */
    UPPER_BOUND("upper-bound"),
    /** The report's single estimate (the middle of a two-sided interval, the bound of a one-sided one). */
    ESTIMATE("estimate");

    private final String label;

    BoundChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value this choice takes from an estimate, empty when the estimate has none. */
    public OptionalLong pick(Estimate estimate) {
        switch (this) {
            case LOWER_BOUND:
                return estimate.bounds().low();
            case UPPER_BOUND:
                return estimate.bounds().high();
            default:
                return estimate.value();
        }
    }

}
