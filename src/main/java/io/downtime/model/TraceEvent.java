package io.downtime.model;

/**
 * One understood line of a trace log, of QEMU's stderr, or of libvirt's own lines in a domain log
 * (the process's start and end, the command-line options that identify the guest).
 */
public sealed interface TraceEvent
        permits DeviceDowntime, Checkpoint, StateChange, DowntimeSent, DowntimeReceived, DestinationAbort,
                BandwidthEstimate, PendingSize, SwitchoverDecision, SectionSaveStart, SectionSaveEnd, MigrationStep,
                SectionRead, SectionLoadStart, SectionLoadPartEnd, LoadResult, CommandReceived,
                AbortLimitReached, DowntimeLimitExceeded, QemuMessage, OtherEvent,
                QemuStartup, QemuShutdown, MigrationInitiated, GuestName, GuestUuid, IncomingOption, StartPausedOption {

    EventHeader header();

    EventKind kind();
}
