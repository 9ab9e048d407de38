package io.downtime.analysis;

import io.downtime.blackout.Blackout;
import io.downtime.clock.Estimate;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationStates;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Where the switchover's time went, in the spirit of the checkpoint analysis of QEMU's review of
 * these trace points: consecutive checkpoints of both hosts, in timeline order, with the time
 * between them. A management pause is a milestone too: {@code pre-switchover} and the state that
 * ends it, so the time libvirt holds the stopped guest is its own phase. A phase's share is of the
 * blackout, so phases after the destination started the guest have none.
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
        boolean guestRunning = false;
        for (int i = 1; i < milestones.size(); i++) {
            TimelineEntry from = milestones.get(i - 1);
            TimelineEntry to = milestones.get(i);
            guestRunning |= startsGuest(from);
            Estimate duration = from.until(to);
            // After the guest started again a phase is no part of the blackout (the source's
            // src-downtime-end with return-path comes there): it has no share of it.
            phases.add(new Phase(from, to, duration, guestRunning ? OptionalDouble.empty() : share(duration, blackout)));
        }
        return new PhaseBreakdown(phases);
    }

    private static boolean startsGuest(TimelineEntry entry) {
        return entry.kind() == MilestoneKind.CHECKPOINT && CheckpointCatalogue.lookup(entry.name())
                .map(CheckpointCatalogue.KnownCheckpoint::startsGuest).orElse(false);
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
