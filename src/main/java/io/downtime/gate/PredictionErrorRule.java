package io.downtime.gate;

import io.downtime.clock.Estimate;
import io.downtime.run.Durations;
import io.downtime.runset.RunFigures;
import io.downtime.runset.SetRun;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code kind: prediction-error}: in every migration the guest was stopped at most {@code max_ms} longer than
 * QEMU expected (docs/why.md: the prediction error, blackout − expected downtime). A migration whose trace
 * shows no prediction is unknown ({@code when_unknown}).
 */
public record PredictionErrorRule(String name, long maxMicros, BoundChoice value, UnknownPolicy whenUnknown)
        implements Rule {
    @Override
    public String kind() {
        return "prediction-error";
    }

    @Override
    public String demand() {
        return "the guest stopped at most " + Durations.of(maxMicros) + " longer than QEMU expected ("
                + value.label().replace('-', ' ') + ")";
    }

    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(SetRun::figures).map(this::check).toList();
    }

    private RuleResult check(RunFigures run) {
        String subject = run.ref().name();
        String limit = Durations.of(maxMicros);
        Optional<Estimate> error = run.predictionError();
        OptionalLong picked = error.map(value::pick).orElse(OptionalLong.empty());
        if (picked.isEmpty()) {
            String why = error.isEmpty() ? run.predictionErrorUnavailable().orElse("unknown")
                    : "it has no " + value.label().replace('-', ' ') + " (the blackout's clock alignment bounds it"
                    + " from one side only)";
            return RuleResult.unknown(this, subject, limit, whenUnknown,
                    "prediction error unknown in " + subject + ": " + why + "; the limit is " + limit);
        }
        long micros = picked.getAsLong();
        // Said as longer or shorter than expected: never a negative duration.
        String measured = value.qualifier(error.get()) + Durations.of(Math.abs(micros))
                + (micros >= 0 ? " longer" : " shorter") + " than QEMU expected";
        boolean within = micros <= maxMicros;
        return new RuleResult(this, subject, within ? CheckStatus.PASSED : CheckStatus.FAILED, Optional.of(measured),
                OptionalLong.of(micros), limit, "the guest stopped " + measured + (within ? " ≤ " : " > ") + "limit "
                + limit + " in " + subject);
    }
}
