package io.downtime.strict;

import io.downtime.model.LineRef;

import java.util.OptionalLong;

/**
 * When the destination read the RFC's message and started its own timer (docs/strict-mode.md,
 * "The destination's receive time").
 *
 * @param recordedDowntimeMs the {@code source downtime=} the destination recorded, when it did
 */
public record MessageReceipt(LineRef where, long micros, Basis basis, OptionalLong recordedDowntimeMs) {

    public enum Basis {
        /** {@code loadvm_handle_src_downtime} is in the trace. */
        RECORDED,
        /**
         * The message follows the iterable sections in the stream and precedes the device state: the
         * destination reads it right after its last iterable load (8 to 21 µs later in the real RFC runs).
         */
        LAST_ITERABLE_LOAD,
        /** No iterable load precedes the device state (postcopy): just before the first device load began. */
        FIRST_LOAD_START
    }
}
