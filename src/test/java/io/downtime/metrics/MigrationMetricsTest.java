package io.downtime.metrics;

import io.downtime.runset.MigrationColumns;
import io.downtime.strict.Certainty;
import io.downtime.strict.Limits;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metrics added in parts (the fleet's partitions) are the metrics added at once; label values are escaped. */
class MigrationMetricsTest {
    @Test
    void partsAddUpToTheWhole() {
        List<Map<String, Object>> migrations = List.of(
                migration("A", 405_351L, "completed", null),
                migration("A", null, "failed", "switchover"),
                migration("B", 13_495L, "completed", null),
                migration("B", 10_000L, "completed", null));
        MigrationMetrics whole = new MigrationMetrics(List.of("firmware"));
        MigrationMetrics first = new MigrationMetrics(List.of("firmware"));
        MigrationMetrics second = new MigrationMetrics(List.of("firmware"));
        for (int i = 0; i < migrations.size(); i++) {
            Map<String, Object> m = migrations.get(i);
            whole.add(m::get);
            (i < 2 ? first : second).add(m::get);
            Certainty fired = i == 0 ? Certainty.FIRES : i == 1 ? null : Certainty.CANNOT_FIRE;
            whole.addVerdict(m::get, "total", new Limits(300, 0), fired);
            (i < 2 ? first : second).addVerdict(m::get, "total", new Limits(300, 0), fired);
        }
        assertEquals(text(whole), text(first.plus(second)));
        String text = text(whole);
        // 10,000 µs is in the 0.01 s bucket: bounds are inclusive, as OpenMetrics' le says.
        assertTrue(text.contains("qemu_migration_blackout_seconds_bucket{firmware=\"B\",le=\"0.01\"} 1\n"), text);
        assertTrue(text.contains("qemu_migration_blackout_seconds_sum{firmware=\"B\"} 0.023495\n"), text);
        assertTrue(text.contains("qemu_migrations{firmware=\"A\",outcome=\"failed\",ended_in=\"switchover\"} 1\n"), text);
        // the migration that could not be replayed is not counted among the replayed ones
        assertTrue(text.contains("qemu_migration_strict_replayed{firmware=\"A\",policy=\"total\",downtime_limit_ms=\"300\","
                + "switchover_limit_ms=\"0\"} 1\n"), text);
    }

    @Test
    void labelValuesAreEscapedAndNamesChecked() {
        MigrationMetrics metrics = new MigrationMetrics(List.of("rack"));
        Map<String, Object> m = migration("x", 1L, "completed", null);
        m.put("rack", "r\"1\\2\n3");
        metrics.add(m::get);
        assertTrue(text(metrics).contains("{rack=\"r\\\"1\\\\2\\n3\",le=\"0.01\"} 1\n"), text(metrics));
        assertThrows(IllegalArgumentException.class, () -> new MigrationMetrics(List.of("9lives")));
        assertThrows(IllegalArgumentException.class, () -> new MigrationMetrics(List.of("__name")));
        assertThrows(IllegalArgumentException.class, () -> new MigrationMetrics(List.of("outcome")));
    }

    private static Map<String, Object> migration(String firmware, Long blackout, String outcome, String endedIn) {
        Map<String, Object> m = new HashMap<>();
        m.put("firmware", firmware);
        m.put(MigrationColumns.BLACKOUT_ESTIMATE, blackout);
        m.put(MigrationColumns.OUTCOME, outcome);
        m.put(MigrationColumns.ENDED_IN, endedIn);
        return m;
    }

    private static String text(MigrationMetrics metrics) {
        StringWriter out = new StringWriter();
        OpenMetricsText.write(metrics.families(), new PrintWriter(out));
        return out.toString();
    }
}
