package io.downtime.strict;

import io.downtime.model.LineRef;

import java.util.OptionalLong;

/**
 * When the source sent the RFC's message ({@code MIG_CMD_SEND_SRC_DOWNTIME}) with its downtime so far.
 *
 * @param recordedDowntimeMs the {@code source downtime=} the trace recorded, when it did
 */
public record MessageSend(LineRef where, long micros, Basis basis, OptionalLong recordedDowntimeMs) {

    public enum Basis {
        /** {@code qemu_savevm_send_downtime} is in the trace. */
        RECORDED,
        /** QEMU sends it right after the iterable sections: at {@code src-iterable-saved}. */
        AT_ITERABLE_SAVED
    }
}
