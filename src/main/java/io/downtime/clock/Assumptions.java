package io.downtime.clock;

import io.downtime.model.Checkpoint;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Durations;
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
            return new EvidenceUse(false, choice,
                    "postcopy: src-downtime-end marks the switch to postcopy and does not wait for the destination");
        }
        if (bound.isEmpty()) {
            String missing = source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_END).isEmpty()
                    ? "no src-downtime-end" : "no dst-precopy-bh-vm-started";
            return new EvidenceUse(false, choice, "not applicable: " + missing);
        }
        if (choice == EvidenceSwitch.ON) {
            return new EvidenceUse(true, choice, "given with --return-path on: src-downtime-end waits for the destination");
        }
        if (choice == EvidenceSwitch.OFF) {
            return new EvidenceUse(false, choice, "given with --return-path off: src-downtime-end does not wait for the destination");
        }
        long lower = bound.get().micros();
        if (hardUpper.isPresent() && lower > hardUpper.getAsLong()) {
            OffsetBound binding = causalUppers.stream().min(Comparator.comparingLong(OffsetBound::micros)).orElseThrow();
            return new EvidenceUse(false, choice, "no return-path: src-downtime-end (" + bound.get().source().where()
                    + ") came before the destination could have started its guest (waiting for it would need dst - src > "
                    + Durations.signed(lower) + ", yet " + binding.sentence() + ")");
        }
        Optional<Checkpoint> before = source.checkpoint(CheckpointCatalogue.SRC_NON_ITERABLE_SAVED)
                .or(() -> source.checkpoint(CheckpointCatalogue.SRC_ITERABLE_SAVED));
        if (before.isEmpty()) {
            return new EvidenceUse(false, choice,
                    "undecided, not used: no src-non-iterable-saved to measure whether the source waited");
        }
        long wait = bound.get().source().micros() - micros(before.get());
        String measured = "src-downtime-end followed " + before.get().name() + " by " + Durations.of(wait);
        if (wait < RETURN_PATH_WAIT_MICROS) {
            return new EvidenceUse(false, choice, "no return-path: " + measured
                    + ", so the source did not wait for the destination");
        }
        return new EvidenceUse(true, choice, "return-path: " + measured
                + ", a wait for the destination, and the destination's guest start fits in it");
    }

    /**
     * @param libvirt libvirt ran the migration: it opens the migration connection itself and hands
     *                QEMU the socket, so the handshake is never evidence for it unless the user forces it
     */
    static EvidenceUse handshake(EvidenceSwitch choice, Optional<OffsetBound> bound, OptionalLong lower,
                                 boolean libvirt) {
        if (bound.isEmpty()) {
            return new EvidenceUse(false, choice, "not applicable: no source setup or no destination active state");
        }
        if (choice == EvidenceSwitch.ON) {
            return new EvidenceUse(true, choice, "given with --handshake on: the source QEMU opened the connection");
        }
        if (choice == EvidenceSwitch.OFF) {
            return new EvidenceUse(false, choice,
                    "given with --handshake off: the connection was opened by someone else (e.g. libvirt)");
        }
        long high = bound.get().micros();
        if (lower.isPresent() && high < lower.getAsLong()) {
            return new EvidenceUse(false, choice, "not used: on any offset the destination-to-source evidence allows,"
                    + " the destination became active (" + bound.get().destination().where() + ") at least "
                    + Durations.of(lower.getAsLong() - high) + " before the source entered setup ("
                    + bound.get().source().where() + "), so the source QEMU did not open the connection itself"
                    + " (libvirt hands QEMU a connected socket)");
        }
        if (libvirt) {
            return new EvidenceUse(false, choice, "not used: libvirt ran this migration and opens the connection"
                    + " itself, handing QEMU a connected socket, so the destination's active need not follow the"
                    + " source's setup (say --handshake on to use it anyway)");
        }
        return new EvidenceUse(true, choice,
                "used: the source QEMU is taken to have opened the connection itself (say --handshake off if not)");
    }

    private static long micros(Checkpoint checkpoint) {
        return checkpoint.header().micros();
    }
}
