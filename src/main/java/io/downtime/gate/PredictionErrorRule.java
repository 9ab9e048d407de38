package io.downtime.gate;

import io.downtime.runset.RunFigures;
import io.downtime.runset.SetMigration;

import java.util.List;

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
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(SetMigration::figures).map(this::check).toList();
    }

    private RuleResult check(RunFigures run) {
        return TimeCheck.check(this, run.ref().name(), new Finding.PredictionError(), run.predictionError(),
                new Finding.NoPredictionError(run.predictionErrorUnavailable()), value, whenUnknown,
                maxMicros);
    }
}
