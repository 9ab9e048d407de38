package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.DowntimeSent;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the source's trace says of a switchover, from {@code src-downtime-start} on: where the RFC's source
 * half checks, its progress (every checkpoint and save, which bounds a blackout cut short), and the message's
 * send (recorded, or estimated at {@code src-iterable-saved}).
 *
 * @param start    {@code src-downtime-start}: the source's timer starts here
 * @param checks   {@code src-vm-stopped} and every save after the start
 * @param progress every checkpoint but {@code src-downtime-end}, and every save, after the start
 * @param send     the RFC message's send (absent when the source never got past its iterable sections)
 */
record SourceHalf(HostEvent start, List<HostEvent> checks, List<HostEvent> progress, Optional<MessageSend> send) {

    SourceHalf {
        checks = List.copyOf(checks);
        progress = List.copyOf(progress);
    }

    /** The source's half of {@code migration}, whose source run has a {@code src-downtime-start}. */
    static SourceHalf of(AlignedMigration migration, Run source) {
        Checkpoint startCheckpoint = source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START).orElseThrow();
        HostEvent start = HostEvent.of(migration, Role.SOURCE, CheckSite.checkpoint(startCheckpoint.name()), startCheckpoint);

        List<HostEvent> checks = new ArrayList<>();
        List<HostEvent> progress = new ArrayList<>();
        Optional<MessageSend> send = Optional.empty();
        boolean started = false;
        for (TraceEvent e : source.events()) {
            if (e == startCheckpoint) {
                started = true;
                continue;
            }
            if (!started) {
                continue;
            }
            if (e instanceof DeviceDowntime device && device.operation() == DeviceOperation.SAVE) {
                HostEvent check = HostEvent.of(migration, Role.SOURCE, CheckSite.of(device), device);
                checks.add(check);
                progress.add(check);
            } else if (e instanceof Checkpoint checkpoint) {
                String name = CheckpointCatalogue.canonical(checkpoint.name());
                HostEvent reached = HostEvent.of(migration, Role.SOURCE, CheckSite.checkpoint(checkpoint.name()), checkpoint);
                if (name.equals(CheckpointCatalogue.SRC_VM_STOPPED)) {
                    checks.add(reached);
                }
                if (!name.equals(CheckpointCatalogue.SRC_DOWNTIME_END)) {
                    progress.add(reached);
                }
                if (name.equals(CheckpointCatalogue.SRC_ITERABLE_SAVED) && send.isEmpty()) {
                    send = Optional.of(new MessageSend(checkpoint.header().where(), checkpoint.header().micros(),
                            MessageSend.Basis.AT_ITERABLE_SAVED, OptionalLong.empty()));
                }
            } else if (e instanceof DowntimeSent sent) {
                send = Optional.of(new MessageSend(sent.header().where(), sent.header().micros(), MessageSend.Basis.RECORDED,
                        OptionalLong.of(sent.sourceDowntimeMs())));
            }
        }
        return new SourceHalf(start, checks, progress, send);
    }
}
