package io.downtime.analysis;

import io.downtime.clock.Estimate;
import io.downtime.model.LineRef;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Role;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One checkpoint or state change of either host.
 *
 * @param name          the checkpoint or state as the log writes it (unknown names included)
 * @param hostMicros    its time on its own host's clock, empty without timestamps
 * @param onSourceClock its time on the source's clock (exact for the source's own events)
 * @param sinceStart    {@code onSourceClock - t(src-downtime-start)} (or the timeline's reference)
 * @param step          the time since the previous entry: exact between two events of one host, with
 *                      the offset's uncertainty when the two are of different hosts
 */
public record TimelineEntry(Role host, MilestoneKind kind, String name, LineRef where, OptionalLong hostMicros,
                            Optional<Estimate> onSourceClock, Optional<Estimate> sinceStart, Optional<Estimate> step) {

    /**
     * The time from this entry to {@code later}: exact when both are of one host (the clock offset
     * cancels), else with the offset's uncertainty. Both entries must be placed.
     */
    public Estimate until(TimelineEntry later) {
        if (host == later.host) {
            return Estimate.exactly(later.hostMicros.getAsLong() - hostMicros.getAsLong());
        }
        return later.onSourceClock.orElseThrow().minus(onSourceClock.orElseThrow());
    }

    /** True for {@code src-downtime-start} and its older unprefixed name. */
    public boolean is(String canonicalCheckpoint) {
        return kind == MilestoneKind.CHECKPOINT && CheckpointCatalogue.canonical(name).equals(canonicalCheckpoint);
    }
}
