package io.downtime.why;

import io.downtime.model.LineRef;

import java.util.List;
import java.util.Optional;

/**
 * QEMU's switchover decision for one migration, read from the source's trace
 * ({@code migration_iteration_run} and {@code migration_update_counters} in QEMU's migration/migration.c),
 * with QEMU's own prediction of the downtime. Every figure is either known or says why it is not.
 * Computed from the runs alone ({@link Decisions#of}), so that anything holding a run can have it.
 *
 * @param kind                  why QEMU switched over when it did
 * @param line                  the decision's line, {@code migration_thread_low_pending}
 * @param bandwidthLine         the {@code migrate_transferred} line whose estimate was in force at the decision
 * @param bandwidth             its {@code bandwidth}: bytes per millisecond, truncated by QEMU
 * @param switchoverBandwidth   its {@code switchover_bw}, the user's {@code avail-switchover-bandwidth} in bytes
 *                              per millisecond, when set (QEMU then predicts with it instead of the bandwidth)
 * @param threshold             its {@code max_size}: QEMU switches over once the pending bytes are below it
 * @param limit                 the {@code downtime-limit} the prediction is judged against, with its source
 * @param limitMissing          why there is none
 * @param thresholdLimit        the limit the threshold implies, even when another source gave {@code limit}
 * @param pending               the bytes QEMU still had to send when it decided
 * @param expectedDowntimeMicros QEMU's prediction: pending ÷ the bandwidth it decided with
 * @param notes                 disagreements between the sources of the limit, and the like
 */
public record Decision(DecisionKind kind, Optional<LineRef> line, Optional<LineRef> bandwidthLine, Known bandwidth,
                       Known switchoverBandwidth, Known threshold, Optional<DowntimeLimit> limit,
                       Optional<LimitGap> limitMissing, Optional<DowntimeLimit> thresholdLimit, Known pending,
                       Known expectedDowntimeMicros, List<DecisionNote> notes) {
    public Decision {
        notes = List.copyOf(notes);
        if (limit.isPresent() == limitMissing.isPresent()) {
            throw new IllegalArgumentException("a limit is either known or missing with a reason");
        }
    }
}
