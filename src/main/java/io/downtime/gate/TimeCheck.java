package io.downtime.gate;

import io.downtime.clock.Estimate;
import io.downtime.run.Durations;

import java.util.Optional;
import java.util.OptionalLong;

/** A time against a limit: what the blackout and phase rules share. */
final class TimeCheck {
    private TimeCheck() {
    }

    /**
     * @param what    the figure, as the message names it ({@code blackout})
     * @param time    the figure for this migration, empty when unknown
     * @param unknown why it is unknown
     */
    static RuleResult check(Rule rule, String subject, String what, Optional<Estimate> time, String unknown,
                            BoundChoice value, UnknownPolicy whenUnknown, long maxMicros) {
        String limit = Durations.of(maxMicros);
        OptionalLong picked = time.map(value::pick).orElse(OptionalLong.empty());
        if (picked.isEmpty()) {
            String why = time.isEmpty() ? unknown : "it has no " + value.label().replace('-', ' ')
                    + " (" + boundsOf(time.get()) + ")";
            return RuleResult.unknown(rule, subject, limit, whenUnknown,
                    what + " unknown in " + subject + ": " + why + "; the limit is " + limit);
        }
        long micros = picked.getAsLong();
        String measured = value.qualifier(time.get()) + Durations.of(micros);
        boolean within = micros <= maxMicros;
        return new RuleResult(rule, subject, within ? CheckStatus.PASSED : CheckStatus.FAILED, Optional.of(measured),
                OptionalLong.of(micros), limit, what + " " + measured + (within ? " ≤ " : " > ") + "limit " + limit
                + " in " + subject);
    }

    private static String boundsOf(Estimate estimate) {
        if (estimate.bounds().boundedBelow()) {
            return "at least " + Durations.of(estimate.bounds().low().getAsLong());
        }
        if (estimate.bounds().boundedAbove()) {
            return "at most " + Durations.of(estimate.bounds().high().getAsLong());
        }
        return "unbounded";
    }
}
