package io.downtime.report.events;

import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.report.DeviceLabels;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceTimeChartTest {

    private static List<DeviceTimeChart.Bar> bars(Path log, DeviceOperation operation) {
        List<DeviceDowntime> records = ReadResult.read(log).events().stream()
                .filter(DeviceDowntime.class::isInstance).map(DeviceDowntime.class::cast)
                .filter(d -> d.operation() == operation).toList();
        List<String> labels = DeviceLabels.unique(records);
        List<DeviceTimeChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            bars.add(new DeviceTimeChart.Bar(labels.get(i), records.get(i)));
        }
        return bars;
    }

    /**
     * full-trace-kvm-8vcpu-many-devices/src.log saves 77 devices ({@code grep -c vmstate_downtime_save}); their
     * times ({@code grep vmstate_downtime_save src.log | sed 's/.*downtime=//' | sort -rn | uniq -c}), longest
     * first: 1179 (line 249, virtio-balloon), 678 (line 228, e1000e), 456 (line 222, virtio-net), ..., 52 devices
     * above 4 µs, then 11 of 4 µs, of which the 60 bars take 8.
     */
    @Test
    void theSixtyLongestOfARealTraceLongestFirst() {
        List<DeviceTimeChart.Bar> all = bars(SampleTraces.path("full-trace-kvm-8vcpu-many-devices/src.log"), DeviceOperation.SAVE);
        assertEquals(77, all.size());
        List<DeviceTimeChart.Bar> shown = DeviceTimeChart.longestFirst(all);
        assertEquals(DeviceTimeChart.MAX_BARS, shown.size());
        assertEquals(List.of(1179L, 678L, 456L), shown.subList(0, 3).stream().map(b -> b.device().downtimeMicros()).toList());
        assertEquals(List.of(249L, 228L, 222L), shown.subList(0, 3).stream().map(b -> b.device().header().where().line()).toList());
        assertEquals("0000:00:09.0/virtio-balloon", shown.get(0).label());
        assertEquals(52, shown.stream().filter(b -> b.device().downtimeMicros() > 4).count());
        assertEquals(8, shown.stream().filter(b -> b.device().downtimeMicros() == 4).count());
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i - 1).device().downtimeMicros() >= shown.get(i).device().downtimeMicros(), "bar " + i);
        }
    }

    /**
     * Equal times keep the trace's order. full-trace-kvm-8vcpu-many-devices/src.log saves 11 devices in 4 µs
     * ({@code grep -n vmstate_downtime_save src.log | grep 'downtime=4$'}): lines 54 (slirp 1), 57 (slirp 2),
     * 83 (cpu_common 2), 110 (cpu_common 5), 146 (PCIHost), 149 (PCIBUS), 179 (pcspk), 194 (port92), 200,
     * 209, 258. The 60 bars take the first 8 of them, in that order.
     */
    @Test
    void equalTimesAtTheCutAreTheTracesFirst() {
        List<DeviceTimeChart.Bar> shown = DeviceTimeChart.longestFirst(
                bars(SampleTraces.path("full-trace-kvm-8vcpu-many-devices/src.log"), DeviceOperation.SAVE));
        assertEquals(List.of(54L, 57L, 83L, 110L, 146L, 149L, 179L, 194L), shown.stream()
                .filter(b -> b.device().downtimeMicros() == 4).map(b -> b.device().header().where().line()).toList());
    }

    /** On every input of every sample, saves and loads: longest first, and equal times in line order. */
    @Test
    void everySamplesBarsAreLongestFirstThenInLineOrder() throws IOException {
        int compared = 0;
        int withTies = 0;
        List<Path> logs;
        try (Stream<Path> files = Files.walk(SampleTraces.root())) {
            logs = files.filter(path -> path.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        for (Path log : logs) {
            for (DeviceOperation operation : DeviceOperation.values()) {
                List<DeviceTimeChart.Bar> bars = bars(log, operation);
                if (bars.isEmpty()) {
                    continue;
                }
                List<DeviceTimeChart.Bar> shown = DeviceTimeChart.longestFirst(bars);
                assertEquals(Math.min(bars.size(), DeviceTimeChart.MAX_BARS), shown.size(), log + " " + operation);
                for (int i = 1; i < shown.size(); i++) {
                    DeviceDowntime before = shown.get(i - 1).device();
                    DeviceDowntime after = shown.get(i).device();
                    assertTrue(before.downtimeMicros() > after.downtimeMicros()
                            || before.downtimeMicros() == after.downtimeMicros()
                            && before.header().where().line() < after.header().where().line(), log + " " + operation + " bar " + i);
                }
                compared++;
                withTies += bars.stream().map(b -> b.device().downtimeMicros()).distinct().count() < bars.size() ? 1 : 0;
            }
        }
        // 17 logs with device saves and 17 with loads ({@code grep -c 'vmstate_downtime_save '} per *.log), of which
        // 33 have equal times (that grep's times through {@code sort | uniq -d}): the order of ties is exercised
        assertEquals(34, compared);
        assertEquals(33, withTies);
    }
}
