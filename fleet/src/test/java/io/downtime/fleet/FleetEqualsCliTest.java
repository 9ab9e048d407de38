package io.downtime.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof of equality (issue 15, point 7): the fleet job in Spark local mode over every sample trace gives every
 * figure the single-machine commands give on the same inputs, run in-process from the CLI's own code:
 * {@code migrations} and {@code verdicts} against {@code analyzer runs --format json --downtime-limit 300
 * --switchover-limit 10}; offsets, roles, the switchover decision and prediction, {@code phases}, {@code devices}
 * and {@code blackout_parts} against {@code analyzer report --format json} of each case; {@code sweep} against {@code analyzer sweep --format json}; {@code metrics}
 * against {@code analyzer runs --format openmetrics}. Nothing here is a number copied from either output: each
 * side is the other's expected value.
 */
class FleetEqualsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOWNTIME_GRID = "100:500:100";
    private static final String SWITCHOVER_GRID = "0:20:10";

    @TempDir
    static Path temporary;
    static Path samples;
    static String out;
    static List<Row> migrations;

    @BeforeAll
    static void runTheJobOnTheSamples() {
        samples = SampleTraces.path("");
        out = temporary.resolve("out").toString();
        FleetTestSpark.FleetRun run = FleetTestSpark.run("run", "--runs", samples.toString(), "--out", out,
                "--downtime-limit", DOWNTIME_GRID, "--switchover-limit", SWITCHOVER_GRID, "--verdicts-at", "300:10");
        assertEquals(0, run.exitCode(), run.err());
        migrations = table("migrations");
    }

    @Test
    void everyMigrationHasTheFiguresOfRunsJson() throws IOException {
        CliRun cli = CliRun.of("runs", samples.toString(), "--format", "json", "--downtime-limit", "300",
                "--switchover-limit", "10");
        JsonNode listing = JSON.readTree(cli.out());
        JsonNode expected = listing.get("migrations");
        assertTrue(expected.size() >= 21, "sample migrations: " + expected.size());
        assertEquals(expected.size(), migrations.size());
        Map<String, Row> byName = new HashMap<>();
        migrations.forEach(row -> byName.put(row.<String>getAs("id") + " #" + row.<Integer>getAs("migration"), row));
        Map<String, List<Row>> verdicts = new HashMap<>();
        for (Row verdict : table("verdicts")) {
            verdicts.computeIfAbsent(verdict.<String>getAs("id") + " #" + verdict.<Integer>getAs("migration"),
                    key -> new ArrayList<>()).add(verdict);
        }
        int compared = 0;
        for (JsonNode m : expected) {
            String name = m.get("case").asText() + " #" + m.get("migration").asInt();
            Row row = byName.get(name);
            assertTrue(row != null, "no fleet row for " + name);
            assertEquals("sample-traces", row.getAs("label"));
            same(m, "source", row, "source_run");
            same(m, "destination", row, "destination_run");
            for (String field : List.of("source_status", "destination_status", "mode", "paired", "pairing", "clock",
                    "blackout_unavailable", "qemu_downtime_us", "expected_downtime_us", "rejected_lines")) {
                same(m, field, row, field);
            }
            JsonNode blackout = m.get("blackout_us");
            for (String end : List.of("low", "high", "estimate")) {
                assertEquals(blackout.isNull() ? null : value(blackout.get(end)), row.getAs("blackout_" + end + "_us"),
                        name + " blackout " + end);
            }
            JsonNode outcome = m.get("outcome");
            same(outcome, "result", row, "outcome");
            for (String field : List.of("ended_in", "guest_stopped", "cause_host", "cancel_origin", "into_phase_us")) {
                same(outcome, field, row, field);
            }
            JsonNode stopped = outcome.get("stopped_on_source_us");
            assertEquals(stopped.isNull() ? null : value(stopped.get("low")), row.getAs("stopped_on_source_low_us"), name);
            assertEquals(stopped.isNull() ? null : value(stopped.get("high")), row.getAs("stopped_on_source_high_us"), name);
            List<Row> mine = verdicts.getOrDefault(name, List.of());
            assertEquals(m.get("strict").size(), mine.size(), name + " verdicts");
            for (JsonNode strict : m.get("strict")) {
                Row verdict = mine.stream().filter(v -> v.getAs("policy").equals(strict.get("policy").asText()))
                        .findFirst().orElseThrow();
                assertEquals(300L, verdict.<Long>getAs("downtime_limit_ms"));
                assertEquals(10L, verdict.<Long>getAs("switchover_limit_ms"));
                for (String field : List.of("unreplayable", "fired", "class")) {
                    same(strict, field, verdict, field);
                }
                List<String> classes = new ArrayList<>();
                strict.get("possible_classes").forEach(c -> classes.add(c.asText()));
                assertEquals(classes, verdict.getList(verdict.fieldIndex("possible_classes")), name);
            }
            compared++;
        }
        assertEquals(expected.size(), compared);
        // The comparison is not vacuous: the samples hold completed, failed and cancelled migrations, bounded and
        // unknown blackouts, and firings.
        assertTrue(migrations.stream().map(r -> r.<String>getAs("outcome")).distinct().count() >= 3);
        assertTrue(migrations.stream().anyMatch(r -> r.getAs("blackout_high_us") != null));
        assertTrue(migrations.stream().anyMatch(r -> r.getAs("blackout_estimate_us") == null));
        assertTrue(table("verdicts").stream().anyMatch(r -> "fires".equals(r.getAs("fired"))));
    }

    @Test
    void offsetsRolesDecisionsPhasesDevicesAndPartsAreThoseOfEachCasesReport() throws IOException {
        List<Row> phases = table("phases");
        List<Row> devices = table("devices");
        List<Row> parts = table("blackout_parts");
        List<Path> cases;
        try (Stream<Path> found = Files.list(samples)) {
            cases = found.filter(Files::isDirectory).sorted().toList();
        }
        int phasesCompared = 0;
        int devicesCompared = 0;
        int partsCompared = 0;
        for (Path dir : cases) {
            String id = "sample-traces/" + dir.getFileName();
            CliRun cli = CliRun.of("report", dir.toString(), "--format", "json");
            JsonNode report = JSON.readTree(cli.out());
            Map<String, String> roleBasis = new HashMap<>();
            report.get("runs").forEach(run -> roleBasis.put(run.get("id").asText(), run.get("role_basis").asText()));
            for (JsonNode m : report.get("migrations")) {
                int index = m.get("index").asInt();
                Row row = migrations.stream().filter(r -> r.getAs("id").equals(id) && r.<Integer>getAs("migration") == index)
                        .findFirst().orElseThrow(() -> new AssertionError("no fleet row for " + id + " #" + index));
                JsonNode clock = m.get("clock");
                assertEquals(value(clock.get("offset_us").get("low")), row.getAs("offset_low_us"), id);
                assertEquals(value(clock.get("offset_us").get("high")), row.getAs("offset_high_us"), id);
                assertEquals(value(clock.get("estimate_us")), row.getAs("offset_estimate_us"), id);
                assertEquals(clock.get("quality").asText(), row.getAs("clock"), id);
                for (String side : List.of("source", "destination")) {
                    JsonNode run = m.get(side + "_run");
                    assertEquals(run.isNull() ? null : roleBasis.get(run.asText()), row.getAs(side + "_role_basis"), id);
                }
                JsonNode decision = m.get("switchover_decision");
                same(decision, "kind", row, "decision");
                same(decision, "line", row, "decision_line");
                for (String field : List.of("bandwidth_bytes_per_ms", "switchover_bandwidth_bytes_per_ms",
                        "threshold_bytes", "downtime_limit_us", "downtime_limit_source", "pending_bytes",
                        "expected_downtime_us", "expected_downtime_unavailable")) {
                    same(decision, field, row, field);
                }
                JsonNode prediction = m.get("prediction");
                JsonNode error = prediction.get("error_us");
                for (String end : List.of("low", "high", "estimate")) {
                    assertEquals(error.isNull() ? null : value(error.get(end)), row.getAs("prediction_error_" + end + "_us"),
                            id + " prediction error " + end);
                }
                same(prediction, "limit_verdict", row, "limit_verdict");
                same(prediction, "pushed_over_by", row, "pushed_over_by");
                List<Row> myParts = parts.stream().filter(r -> r.getAs("id").equals(id) && r.<Integer>getAs("migration") == index)
                        .sorted((a, b) -> Integer.compare(a.<Integer>getAs("position"), b.<Integer>getAs("position"))).toList();
                assertEquals(m.get("blackout_parts").size(), myParts.size(), id + " parts");
                for (int i = 0; i < myParts.size(); i++) {
                    JsonNode part = m.get("blackout_parts").get(i);
                    Row fleet = myParts.get(i);
                    same(part, "part", fleet, "part");
                    for (String end : List.of("low", "high", "estimate")) {
                        assertEquals(value(part.get("duration_us").get(end)), fleet.getAs("duration_" + end + "_us"),
                                id + " part " + i + " " + end);
                    }
                    assertEquals(part.get("in_qemu_estimate").asBoolean(), fleet.<Boolean>getAs("in_qemu_estimate"));
                    assertEquals(part.get("overlapped").asBoolean(), fleet.<Boolean>getAs("overlapped"));
                    for (String field : List.of("from", "from_line", "to", "to_line")) {
                        same(part, field, fleet, field);
                    }
                    JsonNode top = part.get("devices").size() > 0 ? part.get("devices").get(0) : null;
                    assertEquals(top == null ? null : top.get("idstr").asText(), fleet.getAs("top_device"));
                    assertEquals(top == null ? null : top.get("us").asLong(), fleet.getAs("top_device_us"));
                    partsCompared++;
                }
                List<Row> mine = phases.stream().filter(r -> r.getAs("id").equals(id) && r.<Integer>getAs("migration") == index)
                        .sorted((a, b) -> Integer.compare(a.<Integer>getAs("position"), b.<Integer>getAs("position"))).toList();
                assertEquals(m.get("phases").size(), mine.size(), id + " phases");
                for (int i = 0; i < mine.size(); i++) {
                    JsonNode phase = m.get("phases").get(i);
                    Row fleet = mine.get(i);
                    assertEquals(phase.get("from_host").asText().substring(0, 1), fleet.<String>getAs("from_host").substring(0, 1));
                    assertEquals(phase.get("to_host").asText().substring(0, 1), fleet.<String>getAs("to_host").substring(0, 1));
                    for (String end : List.of("low", "high", "estimate")) {
                        assertEquals(value(phase.get("duration_us").get(end)), fleet.getAs("duration_" + end + "_us"),
                                id + " phase " + i + " " + end);
                    }
                    phasesCompared++;
                }
                List<Row> sides = devices.stream().filter(r -> r.getAs("id").equals(id) && r.<Integer>getAs("migration") == index)
                        .toList();
                for (int position = 0; position < m.get("devices").size(); position++) {
                    JsonNode device = m.get("devices").get(position);
                    int at = position;
                    for (String[] side : new String[][]{{"src", "save"}, {"dst", "load"}}) {
                        List<Row> found = sides.stream().filter(r -> r.<Integer>getAs("position") == at
                                && r.getAs("host").equals(side[0])).toList();
                        JsonNode us = device.get(side[1] + "_us");
                        assertEquals(us.isNull() ? 0 : 1, found.size(), id + " device " + position + " " + side[1]);
                        if (!us.isNull()) {
                            Row fleet = found.get(0);
                            assertEquals(device.get("idstr").asText(), fleet.getAs("idstr"));
                            assertEquals(device.get("instance").asLong(), fleet.<Long>getAs("instance_id"));
                            assertEquals(device.get("type").asText(), fleet.getAs("section_type"));
                            assertEquals(us.asLong(), fleet.<Long>getAs("us"));
                            assertEquals(device.get(side[1] + "s").asInt(), fleet.<Integer>getAs("lines"));
                            assertEquals(side[0].equals("src") ? null : device.get("after_guest_started").asBoolean(),
                                    fleet.getAs("after_guest_started"), id + " device " + position);
                            devicesCompared++;
                        }
                    }
                }
                assertEquals(sides.size(), (int) sides.stream().count());
            }
        }
        assertEquals(phases.size(), phasesCompared, "every phase row compared");
        assertEquals(devices.size(), devicesCompared, "every device row compared");
        assertEquals(parts.size(), partsCompared, "every part compared");
        // the full traces give decisions with every figure, and parts across the hosts
        assertTrue(migrations.stream().anyMatch(r -> r.getAs("expected_downtime_us") != null));
        assertTrue(parts.stream().anyMatch(r -> "waiting_for_destination".equals(r.getAs("part"))));
        assertTrue(devicesCompared > 500, "device rows: " + devicesCompared);
        // postcopy-random-ram's RAM load ends after the guest started: the comparison is not of falses only
        assertTrue(devices.stream().anyMatch(r -> Boolean.TRUE.equals(r.getAs("after_guest_started"))));
    }

    @Test
    void everySweepCellIsTheCellOfAnalyzerSweep() throws IOException {
        CliRun cli = CliRun.of("sweep", samples.toString(), "--downtime-limit", DOWNTIME_GRID, "--switchover-limit",
                SWITCHOVER_GRID, "--format", "json");
        JsonNode sweep = JSON.readTree(cli.out());
        List<Row> cells = table("sweep");
        int compared = 0;
        for (JsonNode policy : sweep.get("policies")) {
            String name = policy.get("policy").asText();
            JsonNode recommended = policy.get("recommendation").get("cell");
            for (JsonNode cell : policy.get("cells")) {
                Row row = cells.stream().filter(r -> r.getAs("policy").equals(name)
                        && r.<Long>getAs("downtime_limit_ms") == cell.get("downtime_limit_ms").asLong()
                        && r.<Long>getAs("switchover_limit_ms") == cell.get("switchover_limit_ms").asLong())
                        .findFirst().orElseThrow();
                for (String field : List.of("abort_limit_ms", "promised_limit_ms", "runs", "fired", "may_fire", "missed",
                        "may_miss", "needless", "may_needless")) {
                    assertEquals(cell.get(field).asLong(), ((Number) row.getAs(field)).longValue(), name + " " + field);
                }
                assertEquals(cell.equals(recommended), row.<Boolean>getAs("recommended"), name + " recommended");
                compared++;
            }
        }
        assertEquals(cells.size(), compared);
        assertEquals(3 * 5 * 3, compared);
        assertTrue(cells.stream().anyMatch(r -> r.<Integer>getAs("fired") > 0));
        JsonNode summary = JSON.readTree(temporary.resolve("out/_fleet.json").toFile());
        for (int i = 0; i < sweep.get("policies").size(); i++) {
            assertEquals(sweep.get("policies").get(i).get("recommendation").get("statement").asText(),
                    summary.get("recommendations").get(i).get("statement").asText());
        }
    }

    @Test
    void metricsAreThoseOfRunsOpenMetrics() {
        CliRun cli = CliRun.of("runs", samples.toString(), "--format", "openmetrics", "--downtime-limit", "300",
                "--switchover-limit", "10");
        FleetTestSpark.FleetRun fleet = FleetTestSpark.run("metrics", out, "--label-by", "label");
        assertEquals(0, fleet.exitCode(), fleet.err());
        assertEquals(cli.out(), fleet.out());
        assertTrue(fleet.out().contains("qemu_migration_blackout_seconds_bucket{label=\"sample-traces\",le=\"0.5\"}"));
        assertFalse(fleet.out().contains("id="), "never labelled by the migration's id");
    }

    private static void same(JsonNode json, String field, Row row, String column) {
        JsonNode value = json.get(field);
        Object expected = value == null || value.isNull() ? null : value.isNumber() ? (Object) value.asLong() : value.asText();
        Object actual = row.getAs(column);
        if (actual instanceof Integer number) {
            actual = number.longValue();
        }
        assertEquals(expected, actual, column);
    }

    private static Long value(JsonNode node) {
        return node == null || node.isNull() ? null : node.asLong();
    }

    static List<Row> table(String name) {
        return FleetTestSpark.session().read().parquet(out + "/" + name).collectAsList();
    }
}
