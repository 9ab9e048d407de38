package io.downtime.report;

import io.downtime.model.TraceEvent;
import io.downtime.run.KnownMessage;

/** The words of one QEMU message, and whether it is a warning. */
public final class MessageText {
    private MessageText() {
    }

    public static String of(TraceEvent message) {
        return KnownMessage.text(message);
    }

    /** QEMU's warn_report() words its lines {@code [location: ]warning: ...}. */
    public static boolean warning(TraceEvent message) {
        return KnownMessage.warning(message);
    }
}
