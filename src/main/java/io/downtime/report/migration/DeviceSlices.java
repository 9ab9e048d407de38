package io.downtime.report.migration;

import io.downtime.report.DeviceLabels;
import io.downtime.report.DisplayNames;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.Estimate;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.report.perfetto.ChromeTrace;
import io.downtime.report.perfetto.ChromeTrace.Track;
import io.downtime.report.perfetto.SliceLanes;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Each host's device saves or loads in a {@link MigrationTrace}: a slice ending at its trace line with its
 * {@code downtime=} as duration, in as many lanes as overlapping slices need (docs/perfetto.md).
 */
final class DeviceSlices {
    private DeviceSlices() {
    }

    /** A device's save or load, placed: it ends at its line, {@code downtime=} before. */
    private record DeviceSlice(DeviceDowntime device, long start, long end, Estimate endSince) implements SliceLanes.Span {
    }

    static void add(MigrationTrace migration) {
        MigrationAnalysis analysis = migration.analysis();
        DisplayNames names = migration.names();
        ChromeTrace trace = migration.trace();
        for (Role host : Role.values()) {
            if (!migration.has(host)) {
                continue;
            }
            List<DeviceSlice> slices = new ArrayList<>();
            for (DeviceDowntime device : analysis.migration().pair().run(host).orElseThrow().devices()) {
                if (!device.header().hasTime()) {
                    continue;
                }
                Optional<Estimate> since = migration.axis().since(host, device.header().micros());
                OptionalLong end = since.map(migration::ts).orElse(OptionalLong.empty());
                if (end.isPresent()) {
                    slices.add(new DeviceSlice(device, end.getAsLong() - device.downtimeMicros(), end.getAsLong(), since.get()));
                }
            }
            String base = host == Role.SOURCE ? "device saves" : "device loads";
            List<List<DeviceSlice>> lanes = SliceLanes.of(slices);
            for (int i = 0; i < lanes.size(); i++) {
                Track track = migration.track(host, MigrationTrace.Lane.DEVICES, i, i == 0 ? base : base + " (" + (i + 1) + ")");
                for (DeviceSlice slice : lanes.get(i)) {
                    DeviceDowntime device = slice.device();
                    ObjectNode args = migration.args(host, names.of(device.header().where()), device.header().timeMicros(),
                            Optional.of(slice.endSince()));
                    args.put("idstr", device.idstr());
                    args.put("instance_id", device.instanceId());
                    args.put("section_type", device.type() == io.downtime.model.SectionType.ITERABLE ? "iterable" : "non-iterable");
                    args.put("downtime_us", device.downtimeMicros());
                    if (device.operation() == DeviceOperation.LOAD && loadedAfterGuestStarted(analysis, device)) {
                        args.put("after_guest_started", true);
                    }
                    trace.slice(track, (device.operation() == DeviceOperation.SAVE ? "save " : "load ")
                                    + DeviceLabels.plain(device), device.operation() == DeviceOperation.SAVE ? "save" : "load",
                            slice.start(), device.downtimeMicros(), args);
                }
            }
        }
    }

    /** The analysis's own judgement (DeviceBreakdown): a load of this device ended after the guest started. */
    private static boolean loadedAfterGuestStarted(MigrationAnalysis analysis, DeviceDowntime load) {
        return analysis.devices().devices().stream()
                .anyMatch(times -> times.loadAfterGuestStarted() && times.key().idstr().equals(load.idstr())
                        && times.key().instanceId() == load.instanceId() && times.key().type() == load.type())
                && analysis.migration().pair().destination().flatMap(Run::guestStarted)
                .map(started -> load.header().micros() > started.header().micros()).orElse(false);
    }
}
