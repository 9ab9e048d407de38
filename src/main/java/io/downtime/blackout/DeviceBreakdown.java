package io.downtime.blackout;

import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Per device, the source's save time and the destination's load time side by side. Needs no
 * timestamps: each figure is the line's own {@code downtime=}.
 *
 * @param devices iterable sections first, then non-iterable ones by save plus load, largest first
 */
public record DeviceBreakdown(List<DeviceTimes> devices) {
    public DeviceBreakdown {
        devices = List.copyOf(devices);
    }

    /** What the devices beyond the top ones add up to. */
    public record Rest(int devices, long save, long load) {
    }

    /** Per section type: how many devices, and their save and load times summed. */
    public record TypeTotal(SectionType type, int devices, long save, long load) {
    }

    public static DeviceBreakdown of(MigrationPair pair) {
        Map<DeviceKey, long[]> sums = new LinkedHashMap<>();
        pair.source().ifPresent(run -> add(run, DeviceOperation.SAVE, sums));
        pair.destination().ifPresent(run -> add(run, DeviceOperation.LOAD, sums));
        Set<DeviceKey> late = pair.destination().map(DeviceBreakdown::loadedAfterGuestStarted).orElse(Set.of());
        List<DeviceTimes> devices = new ArrayList<>();
        sums.forEach((key, s) -> devices.add(new DeviceTimes(key, s[2] > 0 ? OptionalLong.of(s[0]) : OptionalLong.empty(),
                s[3] > 0 ? OptionalLong.of(s[1]) : OptionalLong.empty(), (int) s[2], (int) s[3], late.contains(key))));
        devices.sort(Comparator.comparing((DeviceTimes d) -> d.key().type())
                .thenComparing(Comparator.comparingLong(DeviceTimes::total).reversed())
                .thenComparing(d -> d.key().idstr())
                .thenComparingLong(d -> d.key().instanceId()));
        return new DeviceBreakdown(devices);
    }

    public List<DeviceTimes> of(SectionType type) {
        return devices.stream().filter(d -> d.key().type() == type).toList();
    }

    /** The {@code top} largest non-iterable devices. */
    public List<DeviceTimes> topNonIterable(int top) {
        return of(SectionType.NON_ITERABLE).stream().limit(top).toList();
    }

    /** The non-iterable devices beyond the {@code top} largest, summed. */
    public Rest restNonIterable(int top) {
        List<DeviceTimes> rest = of(SectionType.NON_ITERABLE).stream().skip(top).toList();
        return new Rest(rest.size(), rest.stream().mapToLong(d -> d.save().orElse(0)).reduce(0, DeviceBreakdown::plus),
                rest.stream().mapToLong(d -> d.load().orElse(0)).reduce(0, DeviceBreakdown::plus));
    }

    public List<TypeTotal> totals() {
        List<TypeTotal> totals = new ArrayList<>();
        for (SectionType type : SectionType.values()) {
            List<DeviceTimes> devices = of(type);
            if (!devices.isEmpty()) {
                totals.add(new TypeTotal(type, devices.size(),
                        devices.stream().mapToLong(d -> d.save().orElse(0)).reduce(0, DeviceBreakdown::plus),
                        devices.stream().mapToLong(d -> d.load().orElse(0)).reduce(0, DeviceBreakdown::plus)));
            }
        }
        return totals;
    }

    /**
     * A sum of device times that holds at the largest (or smallest) value instead of wrapping around:
     * only absurd {@code downtime=} values get there, and {@code RunChecks} warns of those.
     */
    static long plus(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /**
     * The devices a load of which ended after {@code dst-*-vm-started}: on the destination's own clock (the
     * two lines are of one host), or in file order when the lines carry no time.
     */
    private static Set<DeviceKey> loadedAfterGuestStarted(Run destination) {
        Optional<Checkpoint> started = destination.guestStarted();
        if (started.isEmpty()) {
            return Set.of();
        }
        Set<DeviceKey> late = new HashSet<>();
        for (DeviceDowntime device : destination.devices()) {
            if (device.operation() == DeviceOperation.LOAD && after(device, started.get())) {
                late.add(new DeviceKey(device.idstr(), device.instanceId(), device.type()));
            }
        }
        return late;
    }

    private static boolean after(DeviceDowntime load, Checkpoint started) {
        if (load.header().hasTime() && started.header().hasTime()) {
            return load.header().micros() > started.header().micros();
        }
        return load.header().where().line() > started.header().where().line();
    }

    private static void add(Run run, DeviceOperation operation, Map<DeviceKey, long[]> sums) {
        int offset = operation == DeviceOperation.SAVE ? 0 : 1;
        for (DeviceDowntime device : run.devices()) {
            if (device.operation() != operation) {
                continue;
            }
            long[] s = sums.computeIfAbsent(new DeviceKey(device.idstr(), device.instanceId(), device.type()),
                    key -> new long[4]);
            s[offset] = plus(s[offset], device.downtimeMicros());
            s[2 + offset]++;
        }
    }
}
