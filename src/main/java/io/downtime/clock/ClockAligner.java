package io.downtime.clock;

import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Aligns the two hosts' clocks from causality only, never from an assumption that they agree.
 *
 * <p>Upper bounds ({@code offset < t_dst(B) - t_src(A)} where A caused B): every device section
 * both saved and loaded, in postcopy the package that carries the device state, and the handshake
 * (the source enters {@code setup} before it connects; the destination enters {@code active} when
 * it accepts). All are used, the tightest binds: a
 * destination that stalls at switchover loosens every device bound, not the handshake.
 *
 * <p>Lower bounds need an event that goes from the destination to the source: with return-path in
 * precopy, {@code src-downtime-end} waits for the destination, which closes the return path after
 * {@code dst-precopy-bh-vm-started}; a source reporting {@code Sibling indicated error} heard of the
 * destination's failure over the return path. Without return-path, or in postcopy,
 * {@code src-downtime-end} does not wait, and the real traces show it.
 *
 * <p>Two assumptions can fail, so they are decided per run and reported: return-path (the
 * capability is not in the trace; see {@link Assumptions#RETURN_PATH_WAIT_MICROS}), and the handshake (libvirt
 * connects the socket itself and hands it to the source QEMU, so the destination can be active
 * before the source's setup; when a lower bound shows that, the handshake is dropped; a migration
 * whose runs come from libvirt domain logs never uses it unless the user forces it).
 */
public final class ClockAligner {
    private ClockAligner() {
    }

    public static ClockAlignment align(MigrationPair pair, AlignmentOptions options) {
        if (pair.source().isEmpty() || pair.destination().isEmpty()) {
            EvidenceReason.Missing missing = EvidenceReason.Missing.run(pair.source().isEmpty() ? Role.SOURCE : Role.DESTINATION);
            return givenOrNone(options, List.of(), unusedReturnPath(options, missing), unusedHandshake(options, missing),
                    List.of(new ClockNote.OneHostOnly()));
        }
        Run source = pair.source().get();
        Run destination = pair.destination().get();
        if (!source.timed() || !destination.timed()) {
            Role untimed = !source.timed() ? Role.SOURCE : Role.DESTINATION;
            return givenOrNone(options, List.of(), unusedReturnPath(options, EvidenceReason.Missing.TIMESTAMPS),
                    unusedHandshake(options, EvidenceReason.Missing.TIMESTAMPS), List.of(new ClockNote.Untimed(untimed)));
        }
        CausalBounds causal = CausalBounds.of(source, destination);
        // Upper bounds that rest on no assumption: data cannot arrive before it was sent.
        List<OffsetBound> causalUppers = new ArrayList<>(causal.devices());
        causal.postcopyPackage().ifPresent(causalUppers::add);
        Optional<OffsetBound> handshake = causal.handshake();
        Optional<OffsetBound> returnPath = causal.returnPath();
        Optional<OffsetBound> destinationError = causal.destinationError();

        OptionalLong hardUpper = causalUppers.stream().mapToLong(OffsetBound::micros).min();
        EvidenceUse returnPathUse = Assumptions.returnPath(options.returnPath(), pair.mode(), source, returnPath,
                hardUpper, causalUppers);
        OptionalLong lower = max(returnPathUse.used() ? returnPath : Optional.empty(), destinationError);
        // A lower bound that already contradicts the causal upper bounds says nothing about the handshake.
        OptionalLong consistentLower = lower.isPresent() && hardUpper.isPresent() && lower.getAsLong() > hardUpper.getAsLong()
                ? OptionalLong.empty() : lower;
        EvidenceUse handshakeUse = Assumptions.handshake(options.handshake(), handshake, consistentLower, pair.libvirt());

        List<OffsetBound> all = new ArrayList<>(causalUppers);
        handshake.ifPresent(all::add);
        returnPath.ifPresent(all::add);
        destinationError.ifPresent(all::add);
        all.sort(Comparator.comparingLong(OffsetBound::micros));

        List<AssumptionConflict> conflicts = conflicts(options, causal, causalUppers);
        if (options.given().isPresent()) {
            ClockAlignment given = givenOrNone(options, all, returnPathUse, handshakeUse, List.of());
            return withConflicts(given, conflicts);
        }
        List<OffsetBound> uppers = new ArrayList<>(causalUppers);
        if (handshakeUse.used()) {
            uppers.add(handshake.get());
        }
        List<OffsetBound> lowers = new ArrayList<>();
        if (returnPathUse.used()) {
            lowers.add(returnPath.get());
        }
        destinationError.ifPresent(lowers::add);
        Optional<OffsetBound> upperBinding = uppers.stream().min(Comparator.comparingLong(OffsetBound::micros));
        Optional<OffsetBound> lowerBinding = lowers.stream().max(Comparator.comparingLong(OffsetBound::micros));
        Interval offset = new Interval(
                lowerBinding.map(b -> OptionalLong.of(b.micros())).orElse(OptionalLong.empty()),
                upperBinding.map(b -> OptionalLong.of(b.micros())).orElse(OptionalLong.empty()));
        List<ClockNote> notes = new ArrayList<>();
        if (pair.libvirt() && options.handshake() == EvidenceSwitch.AUTO && handshake.isPresent()) {
            notes.add(new ClockNote.LibvirtHandshakeOff());
        }
        AlignmentQuality quality;
        OptionalLong estimate;
        if (offset.bounded()) {
            long low = offset.low().getAsLong();
            long high = offset.high().getAsLong();
            if (low <= high) {
                quality = AlignmentQuality.TWO_SIDED;
                estimate = OptionalLong.of(Math.floorDiv(low + high, 2));
            } else {
                quality = AlignmentQuality.INCONSISTENT;
                estimate = OptionalLong.empty();
                notes.add(new ClockNote.BoundsContradict(lowerBinding.get(), upperBinding.get()));
            }
        } else if (offset.boundedAbove() || offset.boundedBelow()) {
            quality = AlignmentQuality.ONE_SIDED;
            estimate = offset.boundedAbove() ? offset.high() : offset.low();
        } else {
            quality = AlignmentQuality.NONE;
            estimate = OptionalLong.empty();
            notes.add(new ClockNote.NoLink());
        }
        return new ClockAlignment(offset, estimate, quality, upperBinding, lowerBinding, all, returnPathUse,
                handshakeUse, notes, conflicts);
    }

    /**
     * What the user asserted that the bounds resting on no assumption contradict (device sections, the
     * postcopy package, the destination's error, and for a given offset the guest's start after its stop),
     * and forced assumptions that contradict each other. The tightest contradicted bound is named.
     */
    private static List<AssumptionConflict> conflicts(AlignmentOptions options, CausalBounds causal,
                                                      List<OffsetBound> causalUppers) {
        List<AssumptionConflict> conflicts = new ArrayList<>();
        Optional<OffsetBound> forcedReturnPath = options.returnPath() == EvidenceSwitch.ON ? causal.returnPath() : Optional.empty();
        Optional<OffsetBound> forcedHandshake = options.handshake() == EvidenceSwitch.ON ? causal.handshake() : Optional.empty();
        if (forcedReturnPath.isPresent()) {
            List<OffsetBound> uppers = new ArrayList<>(causalUppers);
            forcedHandshake.ifPresent(uppers::add);
            broken(forcedReturnPath.get().micros(), BoundKind.Side.LOWER, uppers).ifPresent(upper -> conflicts.add(
                    new AssumptionConflict(AssumptionConflict.Assertion.RETURN_PATH_ON, OptionalLong.empty(),
                            forcedReturnPath, upper)));
        }
        if (forcedHandshake.isPresent()) {
            broken(forcedHandshake.get().micros(), BoundKind.Side.UPPER, causal.destinationError().stream().toList())
                    .ifPresent(lower -> conflicts.add(new AssumptionConflict(AssumptionConflict.Assertion.HANDSHAKE_ON,
                            OptionalLong.empty(), forcedHandshake, lower)));
        }
        if (options.given().isPresent()) {
            long offset = options.given().getAsLong();
            List<OffsetBound> certain = new ArrayList<>(causalUppers);
            causal.destinationError().ifPresent(certain::add);
            causal.guestStart().ifPresent(certain::add);
            forcedReturnPath.ifPresent(certain::add);
            forcedHandshake.ifPresent(certain::add);
            Optional<OffsetBound> tightest = certain.stream()
                    .filter(bound -> bound.side() == BoundKind.Side.UPPER ? offset > bound.micros() : offset < bound.micros())
                    .max(Comparator.comparingLong(bound -> Math.abs(offset - bound.micros())));
            tightest.ifPresent(bound -> conflicts.add(new AssumptionConflict(AssumptionConflict.Assertion.CLOCK_OFFSET,
                    options.given(), Optional.empty(), bound)));
        }
        return conflicts;
    }

    /**
     * The tightest of {@code others} that a bound of {@code value} on {@code side} contradicts: a lower bound
     * above an upper one, or an upper bound below a lower one.
     */
    private static Optional<OffsetBound> broken(long value, BoundKind.Side side, List<OffsetBound> others) {
        return others.stream()
                .filter(other -> other.side() != side)
                .filter(other -> side == BoundKind.Side.LOWER ? value > other.micros() : value < other.micros())
                .max(Comparator.comparingLong(other -> Math.abs(value - other.micros())));
    }

    private static ClockAlignment withConflicts(ClockAlignment alignment, List<AssumptionConflict> conflicts) {
        return new ClockAlignment(alignment.offset(), alignment.estimate(), alignment.quality(), alignment.upperBinding(),
                alignment.lowerBinding(), alignment.bounds(), alignment.returnPath(), alignment.handshake(),
                alignment.notes(), conflicts);
    }

    private static ClockAlignment givenOrNone(AlignmentOptions options, List<OffsetBound> bounds, EvidenceUse returnPath,
                                              EvidenceUse handshake, List<ClockNote> notes) {
        if (options.given().isEmpty()) {
            return new ClockAlignment(Interval.unbounded(), OptionalLong.empty(), AlignmentQuality.NONE,
                    Optional.empty(), Optional.empty(), bounds, returnPath, handshake, notes);
        }
        long offset = options.given().getAsLong();
        List<ClockNote> contradictions = new ArrayList<>();
        for (OffsetBound bound : bounds) {
            // Bounds that rest on no assumption, and forced ones, are checked by conflicts(): a given offset that
            // breaks them is refused. An assumption taken automatically yields to the user's offset.
            boolean assumed = (bound.kind() == BoundKind.RETURN_PATH && returnPath.used()
                    && returnPath.decided() == EvidenceSwitch.AUTO)
                    || (bound.kind() == BoundKind.HANDSHAKE && handshake.used() && handshake.decided() == EvidenceSwitch.AUTO);
            boolean violated = bound.side() == BoundKind.Side.UPPER ? offset > bound.micros() : offset < bound.micros();
            if (assumed && violated) {
                contradictions.add(new ClockNote.GivenBreaksAssumption(bound));
            }
        }
        List<ClockNote> all = new ArrayList<>(notes);
        all.add(new ClockNote.OffsetGiven(offset));
        all.addAll(contradictions.stream().limit(3).toList());
        return new ClockAlignment(Interval.exactly(offset), OptionalLong.of(offset), AlignmentQuality.GIVEN,
                Optional.empty(), Optional.empty(), bounds, returnPath, handshake, all);
    }

    private static EvidenceUse unusedReturnPath(AlignmentOptions options, EvidenceReason.Missing why) {
        return new EvidenceUse(false, options.returnPath(), new EvidenceReason.NotApplicable(why));
    }

    private static EvidenceUse unusedHandshake(AlignmentOptions options, EvidenceReason.Missing why) {
        return new EvidenceUse(false, options.handshake(), new EvidenceReason.NotApplicable(why));
    }

    private static OptionalLong max(Optional<OffsetBound> a, Optional<OffsetBound> b) {
        if (a.isPresent() && b.isPresent()) {
            return OptionalLong.of(Math.max(a.get().micros(), b.get().micros()));
        }
        return a.or(() -> b).map(bound -> OptionalLong.of(bound.micros())).orElse(OptionalLong.empty());
    }
}
