package io.downtime.gate;

import io.downtime.runset.SetMigration;

import java.util.List;

/** {@code kind: blackout}: the guest-stopped time of every migration at most {@code max_ms}. */
public record BlackoutRule(String name, long maxMicros, BoundChoice value, UnknownPolicy whenUnknown) implements Rule {
    @Override
    public String kind() {
        return "blackout";
    }


    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(SetMigration::figures).map(run -> TimeCheck.check(this, run.ref().name(),
                new Finding.Blackout(), run.blackout(), new Finding.NoBlackout(run.blackoutUnavailable()),
                value, whenUnknown, maxMicros)).toList();
    }
}
