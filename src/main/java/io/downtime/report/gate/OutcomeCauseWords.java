package io.downtime.report.gate;

import io.downtime.outcome.Cause;
import io.downtime.outcome.SourceCancel;
import io.downtime.run.KnownMessage;

/** What ended a migration, as an outcome rule's message says it. */
final class OutcomeCauseWords {
    private OutcomeCauseWords() {
    }

    /** QEMU's message when there is one, else what kind of cause the trace shows, with its line. */
    static String cause(Cause cause) {
        if (cause instanceof Cause.QemuError error) {
            return KnownMessage.text(error.message()) + " (" + error.message().header().where() + ")";
        }
        if (cause instanceof Cause.Cancel cancel) {
            SourceCancel c = cancel.cancel();
            if (c.message().isPresent()) {
                return KnownMessage.text(c.message().get()) + " (" + c.message().get().header().where() + ")";
            }
            String who = switch (c.origin()) {
                case STRICT_ABORT_THREAD -> "the source's strict-mode abort (its migration thread cancelled right after a check)";
                case MAIN_THREAD -> "cancelled from QEMU's main thread (migrate_cancel)";
                case OUTSIDE_DOWNTIME -> "cancelled outside the downtime (migrate_cancel)";
                default -> "cancelled during the downtime, by a user or by the strict-mode abort: the trace cannot tell";
            };
            return who + " (" + c.cancelling().header().where() + ")";
        }
        if (cause instanceof Cause.DestinationNeverStarted never) {
            return "the source completed, the destination never started the guest (" + never.sourceCompleted().header().where() + ")";
        }
        if (cause instanceof Cause.DestinationAbortEvent abort) {
            return "the destination's strict-mode abort (qemu_loadvm_downtime_abort, " + abort.abort().header().where() + ")";
        }
        Cause.FailedState failed = (Cause.FailedState) cause;
        return "the " + failed.host().label() + " failed, its messages are not among the inputs ("
                + failed.failed().header().where() + ")";
    }
}
