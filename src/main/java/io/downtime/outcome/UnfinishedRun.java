package io.downtime.outcome;

import io.downtime.model.LineRef;
import io.downtime.run.Role;

/**
 * A host whose run never reached a terminal state ({@code completed}, {@code failed}, {@code cancelled}): its
 * QEMU was killed or crashed, or its log was cut.
 *
 * @param lastEvent the run's last migration event (state change, checkpoint, save or load); other trace
 *                  events after it are counted, not kept
 */
public record UnfinishedRun(Role host, LineRef lastEvent) {
}
