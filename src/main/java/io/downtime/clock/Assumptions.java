package io.downtime.clock;

import io.downtime.model.Checkpoint;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationMode;
import io.downtime.run.Run;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The two assumptions behind some bounds, judged per run from the trace unless the user decides:
 * does {@code src-downtime-end} wait for the destination (return-path), and did the source QEMU
 * open the connection itself (handshake)?
 */
final class Assumptions {
    /**
     * The least wait between {@code src-non-iterable-saved} and {@code src-downtime-end} taken as the
     * source waiting for the destination. Without return-path the real traces show 5 to 13 µs (the
     * last flush); with it, 10 to 60 ms (the destination's load, announce and guest start).
     */
    static final long RETURN_PATH_WAIT_MICROS = 1_000;

    private Assumptions() {
    }

    static EvidenceUse returnPath(EvidenceSwitch choice, MigrationMode mode, Run source,
                                                Optional<OffsetBound> bound, OptionalLong hardUpper,
                                                List<OffsetBound> causalUppers) {
        if (choice == EvidenceSwitch.AUTO && mode == MigrationMode.POSTCOPY) {
            return new EvidenceUse(false, choice, new EvidenceReason.Postcopy());
        }
        if (bound.isEmpty()) {
            EvidenceReason.Missing missing = source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_END).isEmpty()
                    ? EvidenceReason.Missing.SRC_DOWNTIME_END : EvidenceReason.Missing.DST_PRECOPY_BH_VM_STARTED;
            return new EvidenceUse(false, choice, new EvidenceReason.NotApplicable(missing));
        }
        if (choice != EvidenceSwitch.AUTO) {
            return new EvidenceUse(choice == EvidenceSwitch.ON, choice, new EvidenceReason.Given(BoundKind.RETURN_PATH, choice));
        }
        long lower = bound.get().micros();
        if (hardUpper.isPresent() && lower > hardUpper.getAsLong()) {
            OffsetBound binding = causalUppers.stream().min(Comparator.comparingLong(OffsetBound::micros)).orElseThrow();
            return new EvidenceUse(false, choice, new EvidenceReason.EndBeforeGuestStart(bound.get(), binding));
        }
        Optional<Checkpoint> before = source.checkpoint(CheckpointCatalogue.SRC_NON_ITERABLE_SAVED)
                .or(() -> source.checkpoint(CheckpointCatalogue.SRC_ITERABLE_SAVED));
        if (before.isEmpty()) {
            return new EvidenceUse(false, choice, new EvidenceReason.NothingToMeasure());
        }
        long wait = bound.get().source().micros() - micros(before.get());
        boolean waited = wait >= RETURN_PATH_WAIT_MICROS;
        return new EvidenceUse(waited, choice, new EvidenceReason.MeasuredWait(before.get().name(), wait, waited));
    }

    /**
     * @param libvirt libvirt ran the migration: it opens the migration connection itself and hands
     *                QEMU the socket, so the handshake is never evidence for it unless the user forces it
     */
    static EvidenceUse handshake(EvidenceSwitch choice, Optional<OffsetBound> bound, OptionalLong lower,
                                 boolean libvirt) {
        if (bound.isEmpty()) {
            return new EvidenceUse(false, choice, new EvidenceReason.NotApplicable(EvidenceReason.Missing.HANDSHAKE_STATES));
        }
        if (choice != EvidenceSwitch.AUTO) {
            return new EvidenceUse(choice == EvidenceSwitch.ON, choice, new EvidenceReason.Given(BoundKind.HANDSHAKE, choice));
        }
        long high = bound.get().micros();
        if (lower.isPresent() && high < lower.getAsLong()) {
            return new EvidenceUse(false, choice,
                    new EvidenceReason.ActiveBeforeSetup(bound.get(), lower.getAsLong() - high));
        }
        if (libvirt) {
            return new EvidenceUse(false, choice, new EvidenceReason.LibvirtConnects());
        }
        return new EvidenceUse(true, choice, new EvidenceReason.QemuConnected());
    }

    private static long micros(Checkpoint checkpoint) {
        return checkpoint.header().micros();
    }
}
