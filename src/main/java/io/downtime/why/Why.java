package io.downtime.why;

import io.downtime.blackout.Blackout;
import io.downtime.blackout.DeviceBreakdown;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Why the downtime was what it was (docs/why.md): QEMU's switchover decision and prediction, the
 * blackout split into parts that add up to it, and the prediction against what happened.
 */
public record Why(Decision decision, BlackoutParts parts, Prediction prediction) {

    /**
     * @param given a downtime-limit from outside the trace (the user's option, QEMU's parameters), if any
     */
    public static Why of(AlignedMigration migration, Blackout blackout, DeviceBreakdown devices,
                         Optional<DowntimeLimit> given) {
        Decision decision = Decisions.of(migration.pair(), given);
        BlackoutParts parts = BlackoutSplitter.of(migration, blackout, devices);
        return new Why(decision, parts, predict(decision, blackout.guestStopped(), parts));
    }

    static Prediction predict(Decision decision, Optional<Estimate> blackout, BlackoutParts parts) {
        Known expected = decision.expectedDowntimeMicros();
        Optional<Estimate> error = Prediction.error(blackout, expected.value());
        Optional<LimitCheck> check = Optional.empty();
        if (blackout.isPresent() && decision.limit().isPresent()) {
            DowntimeLimit limit = decision.limit().get();
            Estimate excess = blackout.get().plus(-limit.micros());
            check = Optional.of(new LimitCheck(limit, verdict(excess.bounds()), excess,
                    pushedOverBy(parts, limit.micros())));
        }
        return new Prediction(expected, error, check);
    }

    private static LimitVerdict verdict(Interval excess) {
        if (excess.low().isPresent() && excess.low().getAsLong() > 0) {
            return LimitVerdict.EXCEEDED;
        }
        if (excess.high().isPresent() && excess.high().getAsLong() <= 0) {
            return LimitVerdict.WITHIN;
        }
        return LimitVerdict.UNCERTAIN;
    }

    /** The part in which the running sum of the parts' estimates, laid end to end, passes the limit. */
    private static Optional<PartKind> pushedOverBy(BlackoutParts parts, long limit) {
        long sum = 0;
        for (Piece piece : parts.sequence()) {
            OptionalLong length = piece.span().duration().value();
            if (length.isEmpty()) {
                return Optional.empty();
            }
            sum += length.getAsLong();
            if (sum > limit) {
                return Optional.of(piece.kind());
            }
        }
        return Optional.empty();
    }
}
