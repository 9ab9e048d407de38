package io.downtime.why;

import io.downtime.blackout.Blackout;
import io.downtime.blackout.DeviceKey;
import io.downtime.blackout.DeviceBreakdown;
import io.downtime.blackout.DeviceTimes;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.model.StateChange;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationStates;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

/**
 * Splits the blackout ({@code src-downtime-start} to {@code dst-*-vm-started}) into consecutive parts
 * at the moments that end each one: {@code src-vm-stopped}, the management hold, {@code src-iterable-saved},
 * {@code src-non-iterable-saved}, the destination's first device load, {@code dst-precopy-loadvm-completed}.
 *
 * <p>The moments of the two hosts overlap in time (the destination loads while the source still saves),
 * so the boundaries are made a chain: each is its own moment, but never before the previous boundary
 * nor after the guest's start. Consecutive parts then never overlap, none is negative, and their sum is
 * exactly the blackout, for any clock offset. A part's estimate is its length at the offset's estimate;
 * its bounds are the least and greatest length over every offset the alignment allows (the chain is
 * piecewise linear in the offset, so its kinks and the interval's ends are all that need evaluating).
 * A moment the trace lacks leaves the parts on either side of it unmeasured: their time goes to the
 * unattributed part.
 */
public final class BlackoutSplitter {
    /** The device sections named behind a part. */
    static final int TOP_DEVICES = 3;
    // Far enough beyond every kink that the chain is linear there: 11 days, in µs.
    private static final long FAR = 1_000_000_000_000L;

    private BlackoutSplitter() {
    }

    /** One boundary of the chain: the moment that ends the part of {@code kind} (null: unattributed), if present. */
    private record Boundary(Optional<Moment> moment, PartKind kind) {
    }

    public static BlackoutParts of(AlignedMigration migration, Blackout blackout, DeviceBreakdown devices) {
        if (blackout.guestStopped().isEmpty()) {
            // BlackoutAnalysis gives a reason whenever it gives no blackout.
            return BlackoutParts.none(new PartsUnavailable.NoBlackout(blackout.unavailable().orElseThrow()));
        }
        Run source = migration.pair().source().orElseThrow();
        Run destination = migration.pair().destination().orElseThrow();
        ClockAlignment clock = migration.clock();
        long estimate = clock.estimate().orElseThrow();
        List<Boundary> chain = chain(source, destination);
        Moment first = chain.get(0).moment().orElseThrow();
        Moment last = chain.get(chain.size() - 1).moment().orElseThrow();
        if (last.onSourceClock(estimate) < first.onSourceClock(estimate)) {
            return BlackoutParts.none(new PartsUnavailable.StartBeforeStop(first, last, estimate));
        }
        List<Moment> present = new ArrayList<>();
        List<PartKind> kinds = new ArrayList<>();
        List<PartKind> unmeasured = new ArrayList<>();
        List<Integer> unattributedSpans = new ArrayList<>();
        int previous = 0;
        present.add(first);
        for (int i = 1; i < chain.size(); i++) {
            if (chain.get(i).moment().isEmpty()) {
                continue;
            }
            boolean adjacent = i == previous + 1 && chain.get(i).kind() != PartKind.UNATTRIBUTED;
            for (int skipped = previous + 1; skipped <= i; skipped++) {
                PartKind kind = chain.get(skipped).kind();
                if (!adjacent && kind != PartKind.UNATTRIBUTED) {
                    unmeasured.add(kind);
                }
            }
            if (!adjacent) {
                unattributedSpans.add(present.size() - 1);
            }
            kinds.add(adjacent ? chain.get(i).kind() : PartKind.UNATTRIBUTED);
            present.add(chain.get(i).moment().get());
            previous = i;
        }
        TreeSet<Long> kinks = kinks(present);
        List<BlackoutPart> parts = new ArrayList<>();
        List<Span> unattributed = new ArrayList<>();
        List<Piece> sequence = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            int span = k;
            Estimate duration = over(clock, kinks, offset -> {
                long[] b = boundaries(present, offset);
                return b[span + 1] - b[span];
            });
            boolean overlapped = present.get(span + 1).onSourceClock(estimate) < boundaries(present, estimate)[span];
            Span where = new Span(present.get(span), present.get(span + 1), duration);
            sequence.add(new Piece(kinds.get(k), where));
            if (kinds.get(k) == PartKind.UNATTRIBUTED) {
                unattributed.add(where);
            } else {
                List<PartDevice> behind = kinds.get(k) == PartKind.WAITING_FOR_DESTINATION
                        ? loadedBefore(destination, present.get(span + 1)) : devices(kinds.get(k), devices);
                parts.add(new BlackoutPart(kinds.get(k), duration, List.of(where), behind, overlapped));
            }
        }
        parts.add(new BlackoutPart(PartKind.UNATTRIBUTED, unattributedTotal(clock, kinks, present, unattributedSpans),
                unattributed, List.of(), false));
        return new BlackoutParts(parts, sequence, unmeasured, Optional.empty());
    }

    private static Estimate unattributedTotal(ClockAlignment clock, TreeSet<Long> kinks, List<Moment> present,
                                              List<Integer> spans) {
        return over(clock, kinks, offset -> {
            long[] b = boundaries(present, offset);
            long sum = 0;
            for (int span : spans) {
                sum += b[span + 1] - b[span];
            }
            return sum;
        });
    }

    private static List<Boundary> chain(Run source, Run destination) {
        List<Boundary> chain = new ArrayList<>();
        chain.add(new Boundary(checkpoint(source, Role.SOURCE, CheckpointCatalogue.SRC_DOWNTIME_START), PartKind.UNATTRIBUTED));
        chain.add(new Boundary(checkpoint(source, Role.SOURCE, CheckpointCatalogue.SRC_VM_STOPPED), PartKind.STOPPING_VCPUS));
        Optional<StateChange[]> hold = hold(source);
        if (hold.isPresent()) {
            // QEMU enters pre-switchover right after stopping the guest; what little lies between is no part's.
            chain.add(new Boundary(Optional.of(state(hold.get()[0])), PartKind.UNATTRIBUTED));
            chain.add(new Boundary(Optional.of(state(hold.get()[1])), PartKind.MANAGEMENT_HOLD));
        }
        chain.add(new Boundary(checkpoint(source, Role.SOURCE, CheckpointCatalogue.SRC_ITERABLE_SAVED), PartKind.RAM));
        chain.add(new Boundary(checkpoint(source, Role.SOURCE, CheckpointCatalogue.SRC_NON_ITERABLE_SAVED), PartKind.DEVICE_STATE));
        chain.add(new Boundary(firstDeviceLoad(destination), PartKind.WAITING_FOR_DESTINATION));
        chain.add(new Boundary(checkpoint(destination, Role.DESTINATION, CheckpointCatalogue.DST_PRECOPY_LOADVM_COMPLETED),
                PartKind.DESTINATION_LOADS));
        chain.add(new Boundary(destination.guestStarted().filter(c -> c.header().hasTime())
                .map(c -> moment(Role.DESTINATION, c)), PartKind.GUEST_START));
        return chain;
    }

    /** The source's {@code pre-switchover} and the state that ended it. */
    private static Optional<StateChange[]> hold(Run source) {
        List<StateChange> states = source.states();
        for (int i = 0; i + 1 < states.size(); i++) {
            if (states.get(i).state().equals(MigrationStates.PRE_SWITCHOVER)
                    && states.get(i).header().hasTime() && states.get(i + 1).header().hasTime()) {
                return Optional.of(new StateChange[]{states.get(i), states.get(i + 1)});
            }
        }
        return Optional.empty();
    }

    private static Moment state(StateChange state) {
        return new Moment(Role.SOURCE, "state " + state.state(), state.header().micros(), state.header().where());
    }

    private static Optional<Moment> checkpoint(Run run, Role host, String name) {
        return run.checkpoint(name).filter(c -> c.header().hasTime()).map(c -> moment(host, c));
    }

    private static Moment moment(Role host, Checkpoint checkpoint) {
        return new Moment(host, CheckpointCatalogue.canonical(checkpoint.name()), checkpoint.header().micros(),
                checkpoint.header().where());
    }

    /** The start of the destination's first non-iterable load: its line's time less the load's own duration. */
    private static Optional<Moment> firstDeviceLoad(Run destination) {
        return destination.devices().stream()
                .filter(d -> d.operation() == DeviceOperation.LOAD && d.type() == SectionType.NON_ITERABLE
                        && d.header().hasTime() && d.downtimeMicros() >= 0)
                .findFirst()
                .map(d -> new Moment(Role.DESTINATION, "load of " + d.idstr(), d.header().micros() - d.downtimeMicros(),
                        d.header().where()));
    }

    /**
     * The destination's iterable loads (its RAM's END section) that ended by the end of the wait: what it was
     * still reading. In postcopy the RAM's load ends long after the guest started, and is not among them.
     */
    private static List<PartDevice> loadedBefore(Run destination, Moment end) {
        List<PartDevice> loads = new ArrayList<>();
        for (DeviceDowntime load : destination.devices()) {
            if (load.operation() == DeviceOperation.LOAD && load.type() == SectionType.ITERABLE && load.header().hasTime()
                    && load.header().micros() <= end.hostMicros()) {
                loads.add(new PartDevice(new DeviceKey(load.idstr(), load.instanceId(), load.type()), load.downtimeMicros()));
            }
        }
        loads.sort(Comparator.comparingLong(PartDevice::micros).reversed());
        return loads;
    }

    private static List<PartDevice> devices(PartKind kind, DeviceBreakdown breakdown) {
        switch (kind) {
            case RAM:
                return top(breakdown, SectionType.ITERABLE, DeviceTimes::save, Integer.MAX_VALUE);
            case DEVICE_STATE:
                return top(breakdown, SectionType.NON_ITERABLE, DeviceTimes::save, TOP_DEVICES);
            case DESTINATION_LOADS:
                return top(breakdown, SectionType.NON_ITERABLE, DeviceTimes::load, TOP_DEVICES);
            default:
                return List.of();
        }
    }

    private static List<PartDevice> top(DeviceBreakdown breakdown, SectionType type,
                                        Function<DeviceTimes, OptionalLong> time, int limit) {
        return breakdown.of(type).stream()
                .filter(device -> time.apply(device).isPresent())
                .map(device -> new PartDevice(device.key(), time.apply(device).getAsLong()))
                .sorted(Comparator.comparingLong(PartDevice::micros).reversed())
                .limit(limit)
                .toList();
    }

    /** The chain's boundaries at one offset: each moment, held between the previous boundary and the end. */
    private static long[] boundaries(List<Moment> moments, long offset) {
        long[] b = new long[moments.size()];
        long end = moments.get(moments.size() - 1).onSourceClock(offset);
        b[0] = moments.get(0).onSourceClock(offset);
        for (int i = 1; i < b.length; i++) {
            b[i] = Math.min(end, Math.max(b[i - 1], moments.get(i).onSourceClock(offset)));
        }
        return b;
    }

    /** The offsets where a destination moment meets a source moment: where the chain may bend. */
    private static TreeSet<Long> kinks(List<Moment> moments) {
        TreeSet<Long> kinks = new TreeSet<>();
        for (Moment a : moments) {
            for (Moment b : moments) {
                if (a.host() == Role.DESTINATION && b.host() == Role.SOURCE) {
                    kinks.add(a.hostMicros() - b.hostMicros());
                }
            }
        }
        return kinks;
    }

    /** A length that depends on the offset, as the alignment allows it: value at the estimate, least and greatest. */
    static Estimate over(ClockAlignment clock, TreeSet<Long> kinks, LongUnaryOperator length) {
        Interval offset = clock.offset();
        long estimate = clock.estimate().orElseThrow();
        List<Long> points = new ArrayList<>();
        for (long kink : kinks) {
            if (offset.contains(kink)) {
                points.add(kink);
            }
        }
        offset.low().ifPresent(points::add);
        offset.high().ifPresent(points::add);
        points.add(estimate);
        long least = Long.MAX_VALUE;
        long greatest = Long.MIN_VALUE;
        for (long point : points) {
            long value = length.applyAsLong(point);
            least = Math.min(least, value);
            greatest = Math.max(greatest, value);
        }
        boolean lowUnbounded = false;
        boolean highUnbounded = false;
        long lowest = points.stream().mapToLong(Long::longValue).min().getAsLong();
        long highest = points.stream().mapToLong(Long::longValue).max().getAsLong();
        if (offset.low().isEmpty()) {
            long slope = Long.signum(length.applyAsLong(lowest - FAR) - length.applyAsLong(lowest));
            highUnbounded |= slope > 0;
            lowUnbounded |= slope < 0;
        }
        if (offset.high().isEmpty()) {
            long slope = Long.signum(length.applyAsLong(highest + FAR) - length.applyAsLong(highest));
            highUnbounded |= slope > 0;
            lowUnbounded |= slope < 0;
        }
        Interval bounds = new Interval(lowUnbounded ? OptionalLong.empty() : OptionalLong.of(least),
                highUnbounded ? OptionalLong.empty() : OptionalLong.of(greatest));
        return new Estimate(bounds, OptionalLong.of(length.applyAsLong(estimate)));
    }
}
