package io.downtime.strict;

import io.downtime.clock.Interval;

import java.util.OptionalLong;

/**
 * The blackout a policy's verdict is judged against: how long the guest would have been stopped had
 * the policy not fired, in µs from {@code src-downtime-start}.
 *
 * @param micros where it lies; the upper end is empty when only a lower bound is known
 * @param basis  one sentence saying where the figure comes from
 */
public record JudgedBlackout(Kind kind, Interval micros, String basis) {

    public enum Kind {
        /** The guest started on the destination: the report's true blackout ({@code BlackoutAnalysis}). */
        RECORDED("recorded"),
        /** The run was cut short (an abort, a failure): the blackout it would have had is known only from below. */
        CUT_SHORT("cut short"),
        /** Nothing bounds it. */
        UNKNOWN("unknown");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static JudgedBlackout unknown(String why) {
        return new JudgedBlackout(Kind.UNKNOWN, Interval.unbounded(), why);
    }

    /** Longer than {@code limitMicros} for some possible value. */
    public boolean canExceed(long limitMicros) {
        return micros.high().isEmpty() || micros.high().getAsLong() > limitMicros;
    }

    /** Within {@code limitMicros} for some possible value. */
    public boolean canMeet(long limitMicros) {
        return micros.low().isEmpty() || micros.low().getAsLong() <= limitMicros;
    }

    /** The same blackout lengthened by {@code micros} (the source-ack policy's round trip). */
    public JudgedBlackout plus(long extra, String why) {
        if (kind == Kind.UNKNOWN) {
            return this;
        }
        return new JudgedBlackout(kind, micros.plus(extra), basis + "; " + why);
    }

    public OptionalLong low() {
        return micros.low();
    }

    public OptionalLong high() {
        return micros.high();
    }
}
