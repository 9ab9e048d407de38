package io.downtime.runset;

import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.TimelineEntry;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Role;

/**
 * What makes phases of different runs the same phase: its two milestones, each by host, kind and
 * name. Checkpoints go by their canonical name, so traces of QEMU builds that wrote the older
 * unprefixed names compare with newer ones.
 *
 * @param occurrence 1, or n for the n-th phase with these milestones in one run
 */
public record PhaseKey(Role fromHost, MilestoneKind fromKind, String from, Role toHost, MilestoneKind toKind,
                       String to, int occurrence) {

    public static PhaseKey of(TimelineEntry from, TimelineEntry to, int occurrence) {
        return new PhaseKey(from.host(), from.kind(), name(from), to.host(), to.kind(), name(to), occurrence);
    }

    /** {@code src-downtime-end -> dst-precopy-loadvm-completed}; states as {@code src state pre-switchover}. */
    public String label() {
        return milestone(fromHost, fromKind, from) + " -> " + milestone(toHost, toKind, to)
                + (occurrence > 1 ? " (" + occurrence + ")" : "");
    }

    /** {@code src}, {@code dst}, or {@code src>dst} for a phase that crosses the hosts. */
    public String hosts() {
        return fromHost == toHost ? fromHost.abbreviation() : fromHost.abbreviation() + ">" + toHost.abbreviation();
    }

    private static String name(TimelineEntry entry) {
        return entry.kind() == MilestoneKind.CHECKPOINT ? CheckpointCatalogue.canonical(entry.name()) : entry.name();
    }

    private static String milestone(Role host, MilestoneKind kind, String name) {
        return kind == MilestoneKind.STATE ? host.abbreviation() + " state " + name : name;
    }
}
