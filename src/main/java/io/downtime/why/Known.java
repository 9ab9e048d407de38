package io.downtime.why;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A figure of QEMU's switchover decision that the trace either gives or does not, and then says why
 * ({@link DecisionGap}): a field of the report's {@code switchover_decision} is never just missing.
 *
 * @param value   the figure, when known
 * @param missing why it is not, when it is not
 */
public record Known(OptionalLong value, Optional<DecisionGap> missing) {
    public Known {
        if (value.isPresent() == missing.isPresent()) {
            throw new IllegalArgumentException("a figure is either known or missing with a reason");
        }
    }

    public static Known of(long value) {
        return new Known(OptionalLong.of(value), Optional.empty());
    }

    public static Known missing(DecisionGap why) {
        return new Known(OptionalLong.empty(), Optional.of(why));
    }

    public boolean known() {
        return value.isPresent();
    }

    /** The value; only call when {@link #known()}. */
    public long get() {
        return value.getAsLong();
    }
}
