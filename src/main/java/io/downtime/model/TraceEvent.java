package io.downtime.model;

/** One understood line of a trace log or of QEMU's stderr. */
public sealed interface TraceEvent
        permits DeviceDowntime, Checkpoint, StateChange, DowntimeSent, DowntimeReceived, DestinationAbort,
                AbortLimitReached, DowntimeLimitExceeded, QemuMessage, OtherEvent {

    EventHeader header();

    EventKind kind();
}
