package io.downtime.clock;

import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.QemuMessage;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Durations;
import io.downtime.run.MigrationMode;
import io.downtime.run.MigrationPair;
import io.downtime.run.MigrationStates;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Aligns the two hosts' clocks from causality only, never from an assumption that they agree.
 *
 * <p>Upper bounds ({@code offset < t_dst(B) - t_src(A)} where A caused B): every device section
 * both saved and loaded, and the handshake (the source enters {@code setup} before it connects; the
 * destination enters {@code active} when it accepts). All are used, the tightest binds: a
 * destination that stalls at switchover loosens every device bound, not the handshake.
 *
 * <p>Lower bounds need an event that goes from the destination to the source: with return-path in
 * precopy, {@code src-downtime-end} waits for the destination, which closes the return path after
 * {@code dst-precopy-bh-vm-started}; a source reporting {@code Sibling indicated error} heard of the
 * destination's failure over the return path. Without return-path, or in postcopy,
 * {@code src-downtime-end} does not wait, and the real traces show it.
 *
 * <p>Two assumptions can fail, so they are decided per run and reported: return-path (the
 * capability is not in the trace; see {@link #RETURN_PATH_WAIT_MICROS}), and the handshake (libvirt
 * connects the socket itself and hands it to the source QEMU, so the destination can be active
 * before the source's setup; when a lower bound shows that, the handshake is dropped).
 */
public final class ClockAligner {
    /**
     * The least wait between {@code src-non-iterable-saved} and {@code src-downtime-end} taken as the
     * source waiting for the destination. Without return-path the real traces show 5 to 13 µs (the
     * last flush); with it, 10 to 60 ms (the destination's load, announce and guest start).
     */
    static final long RETURN_PATH_WAIT_MICROS = 1_000;
    static final String SIBLING_ERROR = "Sibling indicated error";

    private ClockAligner() {
    }

    public static ClockAlignment align(MigrationPair pair, AlignmentOptions options) {
        if (pair.source().isEmpty() || pair.destination().isEmpty()) {
            String missing = pair.source().isEmpty() ? "source" : "destination";
            return given(options, List.of(), unusedReturnPath(options, "no " + missing + " run"),
                    unusedHandshake(options, "no " + missing + " run"),
                    List.of("only one host's run: nothing links the two clocks"));
        }
        Run source = pair.source().get();
        Run destination = pair.destination().get();
        if (!source.timed() || !destination.timed()) {
            String untimed = !source.timed() ? "source" : "destination";
            return given(options, List.of(), unusedReturnPath(options, "no timestamps"),
                    unusedHandshake(options, "no timestamps"),
                    List.of("the " + untimed + "'s trace lines carry no timestamps (QEMU ran with -msg timestamp=off):"
                            + " neither the order of events across hosts nor the time between them can be known"));
        }
        List<OffsetBound> devices = deviceBounds(source, destination);
        Optional<OffsetBound> handshake = handshakeBound(source, destination);
        Optional<OffsetBound> returnPath = returnPathBound(source, destination);
        Optional<OffsetBound> destinationError = destinationErrorBound(source, destination);

        OptionalLong hardUpper = devices.stream().mapToLong(OffsetBound::micros).min();
        EvidenceUse returnPathUse = decideReturnPath(options.returnPath(), pair.mode(), source, returnPath, hardUpper,
                devices);
        OptionalLong lower = max(returnPathUse.used() ? returnPath : Optional.empty(), destinationError);
        EvidenceUse handshakeUse = decideHandshake(options.handshake(), handshake, lower);

        List<OffsetBound> all = new ArrayList<>(devices);
        handshake.ifPresent(all::add);
        returnPath.ifPresent(all::add);
        destinationError.ifPresent(all::add);
        all.sort(Comparator.comparingLong(OffsetBound::micros));

        if (options.given().isPresent()) {
            return given(options, all, returnPathUse, handshakeUse, List.of());
        }
        List<OffsetBound> uppers = new ArrayList<>(devices);
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
        List<String> notes = new ArrayList<>();
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
                notes.add("the bounds contradict each other (" + lowerBinding.get().sentence() + "; "
                        + upperBinding.get().sentence() + "): an assumption behind one of them does not hold here"
                        + " (see --return-path, --handshake), or give the offset with --clock-offset");
            }
        } else if (offset.boundedAbove() || offset.boundedBelow()) {
            quality = AlignmentQuality.ONE_SIDED;
            estimate = offset.boundedAbove() ? offset.high() : offset.low();
        } else {
            quality = AlignmentQuality.NONE;
            estimate = OptionalLong.empty();
            notes.add("no event links the two clocks (no device both saved and loaded, no handshake states)");
        }
        return new ClockAlignment(offset, estimate, quality, upperBinding, lowerBinding, all, returnPathUse,
                handshakeUse, notes);
    }

    private static ClockAlignment given(AlignmentOptions options, List<OffsetBound> bounds, EvidenceUse returnPath,
                                        EvidenceUse handshake, List<String> notes) {
        if (options.given().isEmpty()) {
            return new ClockAlignment(Interval.unbounded(), OptionalLong.empty(), AlignmentQuality.NONE,
                    Optional.empty(), Optional.empty(), bounds, returnPath, handshake, notes);
        }
        long offset = options.given().getAsLong();
        List<String> contradictions = new ArrayList<>();
        for (OffsetBound bound : bounds) {
            boolean used = bound.kind() == BoundKind.RETURN_PATH ? returnPath.used()
                    : bound.kind() != BoundKind.HANDSHAKE || handshake.used();
            boolean violated = bound.side() == BoundKind.Side.UPPER ? offset > bound.micros() : offset < bound.micros();
            if (used && violated) {
                contradictions.add("the given offset contradicts the trace: " + bound.sentence());
            }
        }
        List<String> all = new ArrayList<>(notes);
        all.add("the offset was given (--clock-offset " + Durations.signed(offset) + ")");
        all.addAll(contradictions.stream().limit(3).toList());
        return new ClockAlignment(Interval.exactly(offset), OptionalLong.of(offset), AlignmentQuality.GIVEN,
                Optional.empty(), Optional.empty(), bounds, returnPath, handshake, all);
    }

    private static List<OffsetBound> deviceBounds(Run source, Run destination) {
        Map<DeviceKey, List<DeviceDowntime>> saves = byDevice(source, DeviceOperation.SAVE);
        Map<DeviceKey, List<DeviceDowntime>> loads = byDevice(destination, DeviceOperation.LOAD);
        List<OffsetBound> bounds = new ArrayList<>();
        for (Map.Entry<DeviceKey, List<DeviceDowntime>> entry : saves.entrySet()) {
            List<DeviceDowntime> loaded = loads.getOrDefault(entry.getKey(), List.of());
            for (int k = 0; k < Math.min(entry.getValue().size(), loaded.size()); k++) {
                DeviceDowntime save = entry.getValue().get(k);
                DeviceDowntime load = loaded.get(k);
                String device = entry.getKey().describe();
                bounds.add(new OffsetBound(BoundKind.DEVICE_SECTION, load.header().micros() - save.header().micros(),
                        new EventRef(Role.SOURCE, "save of " + device, save.header().where(), save.header().micros()),
                        new EventRef(Role.DESTINATION, device, load.header().where(), load.header().micros())));
            }
        }
        return bounds;
    }

    private static Map<DeviceKey, List<DeviceDowntime>> byDevice(Run run, DeviceOperation operation) {
        Map<DeviceKey, List<DeviceDowntime>> devices = new HashMap<>();
        for (DeviceDowntime device : run.devices()) {
            if (device.operation() == operation) {
                devices.computeIfAbsent(new DeviceKey(device.idstr(), device.instanceId(), device.type().traceName()),
                        key -> new ArrayList<>()).add(device);
            }
        }
        return devices;
    }

    private static Optional<OffsetBound> handshakeBound(Run source, Run destination) {
        Optional<StateChange> setup = source.state(MigrationStates.SETUP);
        Optional<StateChange> active = destination.state(MigrationStates.ACTIVE);
        if (setup.isEmpty() || active.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OffsetBound(BoundKind.HANDSHAKE, micros(active.get()) - micros(setup.get()),
                ref(Role.SOURCE, "new state setup", setup.get()), ref(Role.DESTINATION, "new state active", active.get())));
    }

    private static Optional<OffsetBound> returnPathBound(Run source, Run destination) {
        Optional<Checkpoint> end = source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_END);
        Optional<Checkpoint> started = destination.checkpoint(CheckpointCatalogue.DST_PRECOPY_BH_VM_STARTED);
        if (end.isEmpty() || started.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OffsetBound(BoundKind.RETURN_PATH, micros(started.get()) - micros(end.get()),
                ref(Role.SOURCE, end.get().name(), end.get()), ref(Role.DESTINATION, started.get().name(), started.get())));
    }

    /**
     * The destination sends its failure over the return path when it tears down the incoming
     * migration, after entering {@code failed}; the source words it {@code Sibling indicated error N}.
     */
    private static Optional<OffsetBound> destinationErrorBound(Run source, Run destination) {
        Optional<StateChange> failed = destination.state(MigrationStates.FAILED);
        Optional<TraceEvent> reported = source.messages().stream()
                .filter(m -> m instanceof QemuMessage message && message.text().startsWith(SIBLING_ERROR)
                        && m.header().hasTime())
                .findFirst();
        if (failed.isEmpty() || reported.isEmpty()) {
            return Optional.empty();
        }
        QemuMessage message = (QemuMessage) reported.get();
        return Optional.of(new OffsetBound(BoundKind.DESTINATION_ERROR, micros(failed.get()) - micros(message),
                new EventRef(Role.SOURCE, "\"" + message.text() + "\"", message.header().where(), micros(message)),
                ref(Role.DESTINATION, "new state failed", failed.get())));
    }

    private static EvidenceUse decideReturnPath(EvidenceSwitch choice, MigrationMode mode, Run source,
                                                Optional<OffsetBound> bound, OptionalLong hardUpper,
                                                List<OffsetBound> devices) {
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
            OffsetBound binding = devices.stream().min(Comparator.comparingLong(OffsetBound::micros)).orElseThrow();
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

    private static EvidenceUse decideHandshake(EvidenceSwitch choice, Optional<OffsetBound> bound, OptionalLong lower) {
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
        return new EvidenceUse(true, choice,
                "used: the source QEMU is taken to have opened the connection itself (say --handshake off if not)");
    }

    private static EvidenceUse unusedReturnPath(AlignmentOptions options, String why) {
        return new EvidenceUse(false, options.returnPath(), "not applicable: " + why);
    }

    private static EvidenceUse unusedHandshake(AlignmentOptions options, String why) {
        return new EvidenceUse(false, options.handshake(), "not applicable: " + why);
    }

    private static OptionalLong max(Optional<OffsetBound> a, Optional<OffsetBound> b) {
        if (a.isPresent() && b.isPresent()) {
            return OptionalLong.of(Math.max(a.get().micros(), b.get().micros()));
        }
        return a.or(() -> b).map(bound -> OptionalLong.of(bound.micros())).orElse(OptionalLong.empty());
    }

    private static EventRef ref(Role host, String what, TraceEvent event) {
        return new EventRef(host, what, event.header().where(), micros(event));
    }

    private static long micros(TraceEvent event) {
        return event.header().micros();
    }

    private record DeviceKey(String idstr, long instance, String type) {
        String describe() {
            return idstr + " " + instance + " (" + type + ")";
        }
    }
}
