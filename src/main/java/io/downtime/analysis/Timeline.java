package io.downtime.analysis;

import io.downtime.run.Role;

import java.util.List;
import java.util.Optional;

/**
 * Every checkpoint and state change of both hosts on the source's clock, in order.
 *
 * @param clock     whose clock the entries are placed on: the source's, or a lone destination's own
 * @param entries   the entries placed on the source's clock, ordered by their estimate (source first on
 *                  ties): an order across hosts is only as good as the offset's estimate, and each
 *                  cross-host step carries its uncertainty
 * @param reference what {@link TimelineEntry#sinceStart} counts from ({@code src-downtime-start}, or the
 *                  source's first event when the guest was never stopped)
 * @param unplaced  entries that cannot be placed, in file order per host (no timestamps, or no clock
 *                  alignment for the destination)
 * @param note      why entries are unplaced, worded by report
 */
public record Timeline(Role clock, List<TimelineEntry> entries, Optional<String> reference, List<TimelineEntry> unplaced,
                       Optional<TimelineNote> note) {
    public Timeline {
        entries = List.copyOf(entries);
        unplaced = List.copyOf(unplaced);
    }

    public boolean available() {
        return !entries.isEmpty();
    }
}
