package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No negative duration is ever printed: over every sample case (with its stderr files and without), in
 * the report (JSON and text), the replay and the run listing, with the clocks aligned as the trace allows
 * and with a given offset the trace allows; a given offset it rules out is refused (exit 2), not used.
 * Times on an axis (since start, a step between two entries whose order across hosts is not known) are
 * signed and not checked; durations are.
 */
class NoNegativeDurationTest {
    /** The JSON fields that hold durations; every number below them must be at least 0. */
    private static final Set<String> DURATIONS = Set.of("blackout_us", "qemu_downtime_us", "stopped_on_source_us",
            "duration_us", "save_us", "load_us", "into_phase_us", "us", "perceived_ms", "judged_against", "blackout",
            "margins", "round_trip_us");
    /** Text lines that state a duration: none may hold a minus sign before a digit. */
    private static final Pattern DURATION_LINE = Pattern.compile("(?m)^  (guest stopped|on the source|QEMU's figure|outcome|held|prediction|went to|limit) .*$");

    @Test
    void noSampleGivesANegativeDuration(@TempDir Path dir) throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> all = Files.list(SampleTraces.root())) {
            all.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
        int checked = 0;
        for (Path sample : cases) {
            for (Path input : List.of(sample, logsOnly(sample, dir.resolve(sample.getFileName())))) {
                CliRun json = CliRun.of("report", "--format", "json", input.toString());
                assertEquals(0, json.exitCode(), input + ": " + json.err());
                JsonNode report = new ObjectMapper().readTree(json.out());
                checkDurations(report, input + " report", false);
                CliRun text = CliRun.of("report", input.toString());
                DURATION_LINE.matcher(text.out()).results().forEach(line ->
                        assertTrue(!line.group().matches(".*[^a-z]-[0-9].*"), input + ": " + line.group()));
                for (String[] limits : List.<String[]>of(new String[]{"5", "1"})) {
                    CliRun replay = CliRun.of("replay", "--format", "json", "--downtime-limit", limits[0],
                            "--switchover-limit", limits[1], input.toString());
                    assertEquals(0, replay.exitCode(), input + ": " + replay.err());
                    checkDurations(new ObjectMapper().readTree(replay.out()), input + " replay", false);
                }
                // the offset the alignment took, given back: allowed, so used, and no duration turns negative
                for (JsonNode migration : report.get("migrations")) {
                    JsonNode estimate = migration.at("/clock/estimate_us");
                    if (estimate.isIntegralNumber() && report.get("migrations").size() == 1) {
                        CliRun given = CliRun.of("report", "--format", "json", "--clock-offset",
                                estimate.asLong() + "us", input.toString());
                        assertEquals(0, given.exitCode(), input + ": " + given.err());
                        checkDurations(new ObjectMapper().readTree(given.out()), input + " given offset", false);
                    }
                }
                checked++;
            }
        }
        CliRun runs = CliRun.of("runs", "--format", "json", SampleTraces.root().toString());
        checkDurations(new ObjectMapper().readTree(runs.out()), "runs", false);
        assertEquals(2 * cases.size(), checked);
    }

    /** precopy-skewed-clocks with dst - src = 0: its device sections rule it out (ClockAlignmentTest): refused, exit 2. */
    @Test
    void anOffsetTheTraceRulesOutIsRefused() {
        CliRun run = CliRun.of("report", "--clock-offset", "0s", SampleTraces.path("precopy-skewed-clocks").toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("analyzer: --clock-offset +0 µs contradicts the trace: dst - src < -169.298991 s:"
                + " the destination finished loading ram 0 (iterable) ("), run.err());
        CliRun replay = CliRun.of("replay", "--downtime-limit", "300", "--clock-offset", "0s",
                SampleTraces.path("precopy-skewed-clocks").toString());
        assertEquals(2, replay.exitCode());
        // --return-path on where the destination started its guest after src-downtime-end (no return-path)
        CliRun forced = CliRun.of("report", "--return-path", "on", SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(2, forced.exitCode());
        assertTrue(forced.err().startsWith("analyzer: --return-path on, which stands for dst - src > +403.147 ms"), forced.err());
    }

    private static void checkDurations(JsonNode node, String what, boolean inDuration) {
        if (node.isNumber()) {
            assertTrue(!inDuration || node.asDouble() >= 0, what + ": " + node);
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> checkDurations(child, what, inDuration));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            checkDurations(field.getValue(), what + " ." + field.getKey(), inDuration || DURATIONS.contains(field.getKey()));
        }
    }

    private static Path logsOnly(Path sample, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(sample)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return dir;
    }
}
