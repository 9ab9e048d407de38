package io.downtime.gate;

import io.downtime.clock.AlignmentQuality;
import io.downtime.runset.SetMigration;

import java.util.List;

/**
 * {@code kind: clock-alignment}: the two hosts' clocks of every migration aligned at least this well
 * ({@code at_least: one-sided} or {@code two-sided}; a given offset counts as two-sided).
 */
public record ClockRule(String name, AlignmentQuality atLeast) implements Rule {
    @Override
    public String kind() {
        return "clock-alignment";
    }


    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(this::check).toList();
    }

    private RuleResult check(SetMigration run) {
        AlignmentQuality quality = run.figures().clock();
        boolean good = rank(quality) >= rank(atLeast);
        return new RuleResult(this, run.ref().name(), good ? CheckStatus.PASSED : CheckStatus.FAILED,
                new Finding.Clock(quality, atLeast, good, run.analysis().migration().clock().notes().stream().findFirst()));
    }

    /** two-sided and given above one-sided above none and inconsistent. */
    static int rank(AlignmentQuality quality) {
        switch (quality) {
            case TWO_SIDED:
            case GIVEN:
                return 2;
            case ONE_SIDED:
                return 1;
            default:
                return 0;
        }
    }
}
