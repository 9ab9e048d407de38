package io.downtime.report.events;

import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.report.DeviceLabels;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
     * Equal times (the sample above: 11 devices of 4 µs across the cut, two of 43, three of 42, ...) stay in the
     * order Tablesaw's {@code sortDescendingOn} gave the page's bars when a Tablesaw table held them, so the pages
     * draw the same devices in the same order (Tablesaw is still on the classpath for {@code runs --summary}). Every
     * input of every sample, saves and loads.
     */
    @Test
    void equalTimesKeepTheOrderTablesawGaveThem() throws IOException {
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
                Table table = Table.create("devices", IntColumn.indexColumn("index", bars.size(), 0),
                        DoubleColumn.create("downtime_ms", bars.stream().mapToDouble(b -> b.device().downtimeMicros() / 1000.0)));
                int[] tablesaw = table.sortDescendingOn("downtime_ms").first(DeviceTimeChart.MAX_BARS).intColumn("index").asIntArray();
                // a bar's label is unique within its chart: the lists of labels say which bars, in which order
                List<String> expected = Arrays.stream(tablesaw).mapToObj(i -> bars.get(i).label()).toList();
                assertEquals(expected, DeviceTimeChart.longestFirst(bars).stream().map(DeviceTimeChart.Bar::label).toList(),
                        log + " " + operation);
                compared++;
                withTies += bars.stream().map(b -> b.device().downtimeMicros()).distinct().count() < bars.size() ? 1 : 0;
            }
        }
        // 17 logs with device saves and 17 with loads ({@code grep -c 'vmstate_downtime_save '} per *.log), of which
        // 33 have equal times (that grep's times through {@code sort | uniq -d}): the comparison has something to tell
        assertEquals(34, compared);
        assertEquals(33, withTies);
    }
}
