package io.downtime.gate;

import io.downtime.clock.Estimate;

import java.util.Optional;
import java.util.OptionalLong;

/** A time against a limit: what the blackout, phase and prediction-error rules share. */
final class TimeCheck {
    private TimeCheck() {
    }

    /**
     * @param time    the figure for this migration, empty when unknown
     * @param unknown why it is unknown
     */
    static RuleResult check(Rule rule, String subject, Finding.TimeFigure figure, Optional<Estimate> time,
                            Finding.WhyUnknown unknown, BoundChoice value, UnknownPolicy whenUnknown, long maxMicros) {
        OptionalLong picked = time.map(value::pick).orElse(OptionalLong.empty());
        if (picked.isEmpty()) {
            Finding.WhyUnknown why = time.isEmpty() ? unknown : new Finding.NoBound(value, time.get());
            return new RuleResult(rule, subject, RuleResult.unknown(whenUnknown),
                    new Finding.TimeUnknown(figure, why, maxMicros, whenUnknown));
        }
        Finding.Time found = new Finding.Time(figure, time.get(), value, picked.getAsLong(), maxMicros);
        return new RuleResult(rule, subject, found.within() ? CheckStatus.PASSED : CheckStatus.FAILED, found);
    }
}
