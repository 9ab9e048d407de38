package io.downtime.clock;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Something the user asserted about the clocks that the trace contradicts: a given offset outside what
 * the causal bounds allow, or {@code --return-path on} / {@code --handshake on} whose bound contradicts
 * them. Figures computed on it would be wrong (a negative blackout), so it is refused, not used, and said by
 * {@code report.words.ClockWords} for every command that refuses it (report, replay, run sets).
 *
 * @param assertion    what the user asserted
 * @param given        the offset given, for {@link Assertion#CLOCK_OFFSET}
 * @param asserted     the bound the forced assumption stands for (absent for a given offset)
 * @param contradicted the bound that holds whatever is assumed (or another forced one) and that it breaks
 */
public record AssumptionConflict(Assertion assertion, OptionalLong given, Optional<OffsetBound> asserted,
                                 OffsetBound contradicted) {

    /** The option that asserted it. */
    public enum Assertion {
        CLOCK_OFFSET("--clock-offset"),
        RETURN_PATH_ON("--return-path on"),
        HANDSHAKE_ON("--handshake on");

        private final String option;

        Assertion(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }
}
