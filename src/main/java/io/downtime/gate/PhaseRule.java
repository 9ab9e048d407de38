package io.downtime.gate;

import io.downtime.clock.Estimate;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.runset.PhaseTime;
import io.downtime.runset.RunFigures;
import io.downtime.runset.SetMigration;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: phase}: the phase from checkpoint {@code from} to the next milestone {@code to} at
 * most {@code max_ms}. Checkpoints may be named in their older unprefixed form. A phase that occurs
 * more than once in a migration is checked at its longest.
 */
public record PhaseRule(String name, String from, String to, long maxMicros, BoundChoice value,
                        UnknownPolicy whenUnknown) implements Rule {
    @Override
    public String kind() {
        return "phase";
    }


    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(SetMigration::figures).map(this::check).toList();
    }

    private RuleResult check(RunFigures run) {
        String wantedFrom = CheckpointCatalogue.canonical(from);
        String wantedTo = CheckpointCatalogue.canonical(to);
        Optional<Estimate> longest = run.phases().stream()
                .filter(phase -> phase.key().from().equals(wantedFrom) && phase.key().to().equals(wantedTo))
                .map(PhaseTime::duration)
                .max(Comparator.comparingLong(d -> value.pick(d).orElse(Long.MIN_VALUE)));
        return TimeCheck.check(this, run.ref().name(), new Finding.Phase(wantedFrom, wantedTo), longest,
                new Finding.NoPhase(run.completed(), run.statuses()), value, whenUnknown, maxMicros);
    }
}
