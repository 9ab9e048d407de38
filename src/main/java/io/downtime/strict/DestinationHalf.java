package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import io.downtime.model.Checkpoint;
import io.downtime.model.DestinationAbort;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.DowntimeReceived;
import io.downtime.model.SectionType;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the destination's trace says of a switchover: its read of the RFC message (recorded, or estimated
 * from its loads), where the RFC's destination half checks, its progress until it aborted or started the
 * guest, and the checkpoints that end its load and start the guest.
 *
 * @param receipt       the destination's read of the message
 * @param checks        every load after the receipt
 * @param progress      every load and checkpoint before an abort or the guest's start (the start included)
 * @param guestStarted  the destination's {@code dst-*-vm-started}
 * @param loadCompleted the destination's {@code dst-precopy-loadvm-completed}
 */
record DestinationHalf(Optional<MessageReceipt> receipt, List<HostEvent> checks, List<HostEvent> progress,
                       Optional<HostEvent> guestStarted, Optional<HostEvent> loadCompleted) {

    DestinationHalf {
        checks = List.copyOf(checks);
        progress = List.copyOf(progress);
    }

    /** No destination run: nothing read, nothing checked. */
    static DestinationHalf none() {
        return new DestinationHalf(Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * The destination's half of {@code migration}; {@code sent} tells whether the source sent the message at all
     * (when it did not, the destination reads nothing and never checks).
     */
    static DestinationHalf of(AlignedMigration migration, Run dst, boolean sent) {
        Optional<MessageReceipt> receipt = Optional.empty();
        List<HostEvent> checks = new ArrayList<>();
        List<HostEvent> progress = new ArrayList<>();
        Optional<HostEvent> guestStarted = Optional.empty();
        Optional<HostEvent> loadCompleted = Optional.empty();
        int receiptIndex = sent ? receiptIndex(dst.events()) : -1;
        if (receiptIndex >= 0) {
            receipt = Optional.of(receipt(dst.events().get(receiptIndex), receiptIndex == firstDeviceLoad(dst.events())));
        }
        boolean aborted = false;
        for (int i = 0; i < dst.events().size(); i++) {
            TraceEvent e = dst.events().get(i);
            if (e instanceof DestinationAbort) {
                aborted = true;
            }
            if (e instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD) {
                HostEvent load = HostEvent.of(migration, Role.DESTINATION, CheckSite.of(device), device);
                boolean afterReceipt = receiptIndex >= 0 && (i > receiptIndex
                        || (i == receiptIndex && receipt.get().basis() == MessageReceipt.Basis.FIRST_LOAD_START));
                if (afterReceipt) {
                    checks.add(load);
                }
                if (!aborted && guestStarted.isEmpty()) {
                    progress.add(load);
                }
            } else if (e instanceof Checkpoint checkpoint && !aborted && guestStarted.isEmpty()) {
                HostEvent reached = HostEvent.of(migration, Role.DESTINATION, CheckSite.checkpoint(checkpoint.name()), checkpoint);
                progress.add(reached);
                String name = CheckpointCatalogue.canonical(checkpoint.name());
                if (name.equals(CheckpointCatalogue.DST_PRECOPY_LOADVM_COMPLETED)) {
                    loadCompleted = Optional.of(reached);
                }
                if (CheckpointCatalogue.lookup(checkpoint.name()).map(CheckpointCatalogue.KnownCheckpoint::startsGuest)
                        .orElse(false)) {
                    guestStarted = Optional.of(reached);
                }
            }
        }
        return new DestinationHalf(receipt, checks, progress, guestStarted, loadCompleted);
    }

    /**
     * The event at which the destination read the message: the recorded {@code loadvm_handle_src_downtime},
     * else the last iterable load before the first device load, else the first device load (which then
     * also counts as checked). -1 when nothing was loaded.
     */
    private static int receiptIndex(List<TraceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof DowntimeReceived) {
                return i;
            }
        }
        int firstDevice = firstDeviceLoad(events);
        int lastIterable = -1;
        for (int i = 0; i < events.size() && (firstDevice < 0 || i < firstDevice); i++) {
            if (events.get(i) instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD
                    && device.type() == SectionType.ITERABLE) {
                lastIterable = i;
            }
        }
        return lastIterable >= 0 ? lastIterable : firstDevice;
    }

    private static int firstDeviceLoad(List<TraceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD
                    && device.type() == SectionType.NON_ITERABLE) {
                return i;
            }
        }
        return -1;
    }

    private static MessageReceipt receipt(TraceEvent at, boolean firstDeviceLoad) {
        if (at instanceof DowntimeReceived received) {
            return new MessageReceipt(received.header().where(), received.header().micros(), MessageReceipt.Basis.RECORDED,
                    OptionalLong.of(received.sourceDowntimeMs()));
        }
        DeviceDowntime load = (DeviceDowntime) at;
        if (firstDeviceLoad) {
            return new MessageReceipt(load.header().where(), load.header().micros() - load.downtimeMicros(),
                    MessageReceipt.Basis.FIRST_LOAD_START, OptionalLong.empty());
        }
        return new MessageReceipt(load.header().where(), load.header().micros(), MessageReceipt.Basis.LAST_ITERABLE_LOAD,
                OptionalLong.empty());
    }
}
