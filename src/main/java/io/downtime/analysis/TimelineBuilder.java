package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Estimate;
import io.downtime.model.Checkpoint;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Merges both hosts' checkpoints and state changes on the source's clock. */
public final class TimelineBuilder {
    private TimelineBuilder() {
    }

    public static Timeline build(AlignedMigration migration) {
        if (!migration.pair().timed()) {
            List<TimelineEntry> unplaced = new ArrayList<>();
            for (Role host : Role.values()) {
                milestones(migration, host).forEach(m -> unplaced.add(unplaced(m)));
            }
            Role untimed = migration.pair().source().map(Run::timed).orElse(true) ? Role.DESTINATION : Role.SOURCE;
            return new Timeline(Role.SOURCE, List.of(), Optional.empty(), unplaced,
                    Optional.of(new TimelineNote.Untimed(untimed)));
        }
        if (migration.pair().source().isEmpty()) {
            return onItsOwnClock(milestones(migration, Role.DESTINATION));
        }
        List<Milestone> placed = new ArrayList<>(milestones(migration, Role.SOURCE));
        List<TimelineEntry> unplaced = new ArrayList<>();
        Optional<TimelineNote> note = Optional.empty();
        if (migration.clock().placesEvents()) {
            placed.addAll(milestones(migration, Role.DESTINATION));
        } else if (migration.pair().destination().isPresent()) {
            milestones(migration, Role.DESTINATION).forEach(m -> unplaced.add(unplaced(m)));
            note = Optional.of(new TimelineNote.Unaligned(migration.clock()));
        }
        for (Milestone m : placed) {
            m.onSource = migration.onSourceClock(m.host, m.micros);
        }
        return ordered(placed, unplaced, note, Role.SOURCE);
    }

    /** A lone destination run: its own events on its own clock. */
    private static Timeline onItsOwnClock(List<Milestone> placed) {
        placed.forEach(m -> m.onSource = Estimate.exactly(m.micros));
        return ordered(placed, List.of(), Optional.empty(), Role.DESTINATION);
    }

    private static Timeline ordered(List<Milestone> placed, List<TimelineEntry> unplaced,
                                    Optional<TimelineNote> note, Role clock) {
        placed.sort(Comparator.comparingLong((Milestone m) -> m.onSource.value().getAsLong())
                .thenComparing(m -> m.host)
                .thenComparingLong(m -> m.event.header().where().line()));
        Optional<Milestone> reference = placed.stream()
                .filter(m -> m.event instanceof Checkpoint c
                        && CheckpointCatalogue.canonical(c.name()).equals(CheckpointCatalogue.SRC_DOWNTIME_START))
                .findFirst()
                .or(() -> placed.stream().filter(m -> m.host == clock).findFirst());
        List<TimelineEntry> entries = new ArrayList<>();
        for (Milestone m : placed) {
            Optional<Estimate> since = reference.map(r -> m.onSource.plus(-r.micros));
            TimelineEntry entry = entry(m, Optional.of(m.onSource), since, Optional.empty());
            if (!entries.isEmpty()) {
                TimelineEntry previous = entries.get(entries.size() - 1);
                entry = new TimelineEntry(entry.host(), entry.kind(), entry.name(), entry.where(), entry.hostMicros(),
                        entry.onSourceClock(), since, Optional.of(previous.until(entry)));
            }
            entries.add(entry);
        }
        return new Timeline(clock, entries, reference.map(r -> r.name), unplaced, note);
    }

    private static List<Milestone> milestones(AlignedMigration migration, Role host) {
        List<Milestone> milestones = new ArrayList<>();
        migration.pair().run(host).ifPresent(run -> run.events()
                .forEach(event -> milestone(host, event).ifPresent(milestones::add)));
        return milestones;
    }

    private static TimelineEntry unplaced(Milestone m) {
        return entry(m, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<Milestone> milestone(Role host, TraceEvent event) {
        if (event instanceof Checkpoint checkpoint) {
            return Optional.of(new Milestone(host, MilestoneKind.CHECKPOINT, checkpoint.name(), event));
        }
        if (event instanceof StateChange change) {
            return Optional.of(new Milestone(host, MilestoneKind.STATE, change.state(), event));
        }
        return Optional.empty();
    }

    private static TimelineEntry entry(Milestone m, Optional<Estimate> onSource, Optional<Estimate> since,
                                       Optional<Estimate> step) {
        OptionalLong micros = m.event.header().timeMicros();
        return new TimelineEntry(m.host, m.kind, m.name, m.event.header().where(), micros, onSource, since, step);
    }

    private static final class Milestone {
        final Role host;
        final MilestoneKind kind;
        final String name;
        final TraceEvent event;
        final long micros;
        Estimate onSource;

        Milestone(Role host, MilestoneKind kind, String name, TraceEvent event) {
            this.host = host;
            this.kind = kind;
            this.name = name;
            this.event = event;
            this.micros = event.header().timeMicros().orElse(0);
        }
    }
}
