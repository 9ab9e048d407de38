package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.Estimate;
import io.downtime.run.Role;

import java.util.Optional;

/**
 * The time axis of a migration's timeline: a moment of either host, in µs since the timeline's
 * reference ({@code src-downtime-start}), on the timeline's clock (the source's, or a lone
 * destination's own). It places a moment exactly as the analysis places the timeline's entries,
 * so that anything drawn beside them (device saves and loads, a replayed policy's checks) lines up.
 *
 * @param clock           whose clock the axis is
 * @param referenceMicros the reference's time on that clock
 * @param reference       what x = 0 is ({@code src-downtime-start}, or the first event)
 */
public record TimelineAxis(AlignedMigration migration, Role clock, long referenceMicros, String reference) {

    /**
     * The axis of the analysis's timeline; empty when it has none (no timestamps) or nothing is
     * placed relative to a reference.
     */
    public static Optional<TimelineAxis> of(MigrationAnalysis analysis) {
        Timeline timeline = analysis.timeline();
        // An entry of the clock's own host is placed exactly: its host time minus its time since the
        // reference is the reference's time.
        for (TimelineEntry entry : timeline.entries()) {
            if (entry.host() == timeline.clock() && entry.hostMicros().isPresent() && entry.sinceStart().isPresent()
                    && entry.sinceStart().get().exact()) {
                long reference = entry.hostMicros().getAsLong() - entry.sinceStart().get().value().getAsLong();
                return Optional.of(new TimelineAxis(analysis.migration(), timeline.clock(), reference,
                        timeline.reference().orElse("the first event")));
            }
        }
        return Optional.empty();
    }

    /** True when {@code host}'s moments can be placed: the clock's own host, or the other once the clocks are aligned. */
    public boolean places(Role host) {
        return host == clock || (clock == Role.SOURCE && migration.clock().placesEvents());
    }

    /** {@code hostMicros} of {@code host}'s clock, in µs since the reference; empty when it cannot be placed. */
    public Optional<Estimate> since(Role host, long hostMicros) {
        if (host == clock) {
            return Optional.of(Estimate.exactly(hostMicros - referenceMicros));
        }
        if (!places(host)) {
            return Optional.empty();
        }
        return Optional.of(migration.onSourceClock(host, hostMicros).plus(-referenceMicros));
    }
}
