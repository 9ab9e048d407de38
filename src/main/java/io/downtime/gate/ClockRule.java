package io.downtime.gate;

import io.downtime.clock.AlignmentQuality;
import io.downtime.runset.SetRun;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
    public String demand() {
        return "clock alignment at least " + atLeast.label();
    }

    @Override
    public List<RuleResult> check(GateContext context) {
        return context.set().runs().stream().map(run -> check(run, context)).toList();
    }

    private RuleResult check(SetRun run, GateContext context) {
        AlignmentQuality quality = run.figures().clock();
        boolean good = rank(quality) >= rank(atLeast);
        String subject = run.ref().name();
        return new RuleResult(this, subject, good ? CheckStatus.PASSED : CheckStatus.FAILED, Optional.of(quality.label()),
                OptionalLong.empty(), atLeast.label(), "clock alignment " + quality.label() + (good ? " meets " : " is below ")
                + "the required " + atLeast.label() + " in " + subject
                + (good ? "" : run.analysis().migration().clock().notes().stream().findFirst()
                        .map(note -> ": " + context.clockNotes().apply(note)).orElse("")));
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
