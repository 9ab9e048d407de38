package io.downtime.report;

import io.downtime.model.AbortLimitReached;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.model.QemuMessage;
import io.downtime.model.TraceEvent;

/** The words of one QEMU message, and whether it is a warning. */
final class MessageText {
    private MessageText() {
    }

    static String of(TraceEvent message) {
        if (message instanceof QemuMessage plain) {
            return plain.text();
        }
        if (message instanceof AbortLimitReached reached) {
            return "Shutdown destination migration, migration abort_limit (" + reached.abortLimitMs() + " ms) was reached.";
        }
        if (message instanceof DowntimeLimitExceeded exceeded) {
            return "Downtime Limit of " + exceeded.downtimeLimitMs() + " ms exceeded by " + exceeded.exceededByMs() + " ms";
        }
        throw new IllegalArgumentException("not a message: " + message.kind());
    }

    /** QEMU's warn_report() words its lines {@code [location: ]warning: ...}. */
    static boolean warning(TraceEvent message) {
        return message instanceof QemuMessage plain && plain.text().contains("warning: ");
    }
}
