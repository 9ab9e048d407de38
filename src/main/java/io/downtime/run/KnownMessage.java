package io.downtime.run;

import io.downtime.model.AbortLimitReached;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.model.QemuMessage;
import io.downtime.model.TraceEvent;

import java.util.Optional;

/**
 * QEMU's error messages whose meaning the tool uses: which host prints them, and where in QEMU 10.0's
 * migration code ({@code report.words.RoleWords} says why only that host prints each). Like checkpoint
 * names they are data: a message not listed is kept and shown, it just tells nothing of a role or a cause.
 */
public enum KnownMessage {
    /** savevm.c, qemu_savevm_state_iterate and the completion: a section the source could not write. */
    SAVE_FAILED("failed to save SaveStateEntry", Role.SOURCE),
    /** io/channel-socket.c on the outgoing stream: the destination is gone (killed, or it closed the socket). */
    SOCKET_WRITE("Unable to write to socket", Role.SOURCE),
    /** migration.c, the source's return-path thread: the destination reported its own failure. */
    SIBLING_ERROR("Sibling indicated error", Role.SOURCE),
    /** migration.c, process_incoming_migration_co: the incoming migration failed. */
    LOAD_FAILED("load of migration failed", Role.DESTINATION),
    /** savevm.c, vmstate loading: one device's or section's state could not be loaded. */
    LOAD_STATE_ERROR("error while loading state", Role.DESTINATION),
    /** savevm.c, check_section_footer: the stream ended or broke inside a section being read. */
    SECTION_FOOTER("section footer", Role.DESTINATION);

    private final String text;
    private final Role host;

    KnownMessage(String text, Role host) {
        this.text = text;
        this.host = host;
    }

    /** The words that identify the message in QEMU's text. */
    public String text() {
        return text;
    }

    /** The only host that prints it. */
    public Role host() {
        return host;
    }

    /**
     * The words QEMU printed, from the message's fields: the strict-SLA RFC's two messages are read into
     * fields of their own ({@code abort_limit (N ms) was reached} is printed without the space on one of
     * its code paths; here always with it).
     */
    public static String text(TraceEvent message) {
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

    /** QEMU's warn_report() words its lines {@code [location: ]warning: ...}: a warning, not an error. */
    public static boolean warning(TraceEvent message) {
        return message instanceof QemuMessage plain && plain.text().contains("warning: ");
    }

    /** The known message this event is, if any. */
    public static Optional<KnownMessage> of(TraceEvent event) {
        if (!(event instanceof QemuMessage message)) {
            return Optional.empty();
        }
        for (KnownMessage known : values()) {
            if (message.text().contains(known.text)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }
}
