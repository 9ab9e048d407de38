package io.downtime.analysis;

import io.downtime.model.Checkpoint;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * What libvirt's own lines add to a migration whose runs come from libvirt domain logs: the guest,
 * the hosts and their versions, and what libvirt does around QEMU's switchover that no trace records.
 *
 * @param guestName    {@code -name guest=...} of the QEMU command lines
 * @param uuid         {@code -uuid} of the QEMU command lines (pairing requires both sides to agree)
 * @param source       the source's QEMU process, when the source's log is a domain log
 * @param destination  the destination's QEMU process, likewise
 * @param resumedLater when libvirt started the destination QEMU paused ({@code -S}) and the trace shows
 *                     the guest ready there: the blackout ends at the guest being ready, not running, and
 *                     so is a lower bound of what the guest saw
 */
public record LibvirtMigration(Optional<String> guestName, Optional<String> uuid, Optional<LibvirtProcess> source,
                               Optional<LibvirtProcess> destination, Optional<PausedStart> resumedLater) {

    /**
     * libvirt started the destination QEMU paused ({@code -S} on {@code destination}'s command line): {@code ready}
     * marks the guest ready but still paused; it ran only after libvirt's {@code cont}, which no trace records.
     */
    public record PausedStart(LibvirtProcess destination, Checkpoint ready) {
    }

    /** Empty for a migration of plain traces. */
    public static Optional<LibvirtMigration> of(MigrationPair pair) {
        if (!pair.libvirt()) {
            return Optional.empty();
        }
        Optional<LibvirtProcess> source = process(pair.source());
        Optional<LibvirtProcess> destination = process(pair.destination());
        Optional<String> name = Stream.of(source, destination).flatMap(Optional::stream)
                .map(side -> side.process().guestName()).flatMap(Optional::stream).findFirst();
        Optional<String> uuid = Stream.of(source, destination).flatMap(Optional::stream)
                .map(side -> side.process().uuid()).flatMap(Optional::stream).findFirst();
        return Optional.of(new LibvirtMigration(name, uuid, source, destination, resumedLater(pair, destination)));
    }

    private static Optional<LibvirtProcess> process(Optional<Run> run) {
        return run.flatMap(r -> r.lifetime().map(lifetime -> new LibvirtProcess(r.id().input(), lifetime)));
    }

    private static Optional<PausedStart> resumedLater(MigrationPair pair, Optional<LibvirtProcess> destination) {
        Optional<Checkpoint> ready = pair.destination().flatMap(Run::guestStarted);
        if (destination.isEmpty() || !destination.get().process().startedPaused() || ready.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PausedStart(destination.get(), ready.get()));
    }
}
