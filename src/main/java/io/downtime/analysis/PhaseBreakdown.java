package io.downtime.analysis;

import io.downtime.clock.Estimate;
import io.downtime.run.MigrationStates;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Where the switchover's time went, in the spirit of the checkpoint analysis of QEMU's review of
 * these trace points: consecutive checkpoints of both hosts, in timeline order, with the time
 * between them. A management pause is a milestone too: {@code pre-switchover} and the state that
 * ends it, so the time libvirt holds the stopped guest is its own phase.
 */
public record PhaseBreakdown(List<Phase> phases) {
    public PhaseBreakdown {
        phases = List.copyOf(phases);
    }

    public static PhaseBreakdown of(Timeline timeline, Blackout blackout) {
        List<TimelineEntry> milestones = new ArrayList<>();
        boolean pauseOpen = false;
        for (TimelineEntry entry : timeline.entries()) {
            boolean pause = entry.kind() == MilestoneKind.STATE && entry.name().equals(MigrationStates.PRE_SWITCHOVER);
            boolean pauseEnd = entry.kind() == MilestoneKind.STATE && pauseOpen && !pause;
            if (entry.kind() == MilestoneKind.CHECKPOINT || pause || pauseEnd) {
                milestones.add(entry);
            }
            if (pause) {
                pauseOpen = true;
            } else if (pauseEnd) {
                pauseOpen = false;
            }
        }
        List<Phase> phases = new ArrayList<>();
        for (int i = 1; i < milestones.size(); i++) {
            TimelineEntry from = milestones.get(i - 1);
            TimelineEntry to = milestones.get(i);
            Estimate duration = from.until(to);
            phases.add(new Phase(from, to, duration, share(duration, blackout)));
        }
        return new PhaseBreakdown(phases);
    }

    private static OptionalDouble share(Estimate duration, Blackout blackout) {
        if (duration.value().isEmpty() || blackout.guestStopped().isEmpty()
                || blackout.guestStopped().get().value().isEmpty()) {
            return OptionalDouble.empty();
        }
        long total = blackout.guestStopped().get().value().getAsLong();
        return total > 0 ? OptionalDouble.of((double) duration.value().getAsLong() / total) : OptionalDouble.empty();
    }
}
