package io.downtime.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code report --format perfetto} and {@code replay --format perfetto} on real traces: the file is Trace
 * Event Format JSON with one named process per host, one slice per device save and load line (counted
 * here from the trace lines), every slice closed, no two slices of a track overlapping unless nested, every
 * track named, and the arrow from src-downtime-start to the guest's start on the destination.
 */
class PerfettoTraceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * precopy-kvm-8vcpu-many-devices. src.log lines 6-83 are 78 lines: line 7 is the checkpoint
     * src-iterable-saved, the 77 others vmstate_downtime_save (line 6 ram's iterable save, 8-83 the 76
     * non-iterable ones). dst.log lines 3-69 are 67 vmstate_downtime_load lines and nothing else.
     */
    @Test
    void manyDevices(@TempDir Path dir) throws IOException {
        Trace trace = report(dir, "precopy-kvm-8vcpu-many-devices");
        trace.checkStructure();
        assertEquals(Map.of(1, "source: src.log", 2, "destination: dst.log"), trace.processes());
        assertEquals(77, trace.slices(1, "save").size());
        assertEquals(67, trace.slices(2, "load").size());
        assertEquals(0, trace.slices(1, "load").size());
        assertEquals(0, trace.slices(2, "save").size());
        // src.log:6  5883@1795654068.834264 ... idstr=ram instance_id=0 downtime=42: the slice ends at the line's
        // time and lasts its downtime: ts = 1795654068834264 - 42 = 1795654068834222.
        JsonNode ram = trace.slices(1, "save").stream().filter(s -> s.get("name").asText().equals("save ram (iterable)"))
                .findFirst().orElseThrow();
        assertEquals(1795654068834222L, ram.get("ts").asLong());
        assertEquals(42, ram.get("dur").asLong());
        assertEquals("src.log:6", ram.get("args").get("line").asText());
        // The checkpoints: src.log lines 3, 4, 7, 84, 85 (src-downtime-start ... src-downtime-end) and dst.log's four.
        assertEquals(List.of("src-downtime-start", "src-vm-stopped", "src-iterable-saved", "src-non-iterable-saved",
                "src-downtime-end"), trace.instantNames(1, "checkpoint"));
        assertEquals(4, trace.instantNames(2, "checkpoint").size());
        // QEMU's figure: src-downtime-end - src-downtime-start = 068.844491 - 068.832501 = 11990 µs.
        JsonNode qemu = trace.slicesNamed("QEMU's downtime figure").get(0);
        assertEquals(1795654068832501L, qemu.get("ts").asLong());
        assertEquals(11990, qemu.get("dur").asLong());
        trace.checkFlow();
    }

    /**
     * dst-stalled-400ms. src.log lines 6-49 are 44 lines, line 7 the checkpoint src-iterable-saved: 43 saves.
     * dst.log lines 3-35 are 33 loads. QEMU's figure: src.log:51 070.601408 - src.log:3 070.597297 = 4111 µs.
     * The blackout ends at dst-precopy-bh-vm-started (dst.log:39, 071.004555 on the destination's clock)
     * placed with the offset's estimate (its upper bound, +1907 µs, one-sided):
     * 1795654071004555 - 1907 - 1795654070597297 = 405351 µs, the report's "at least 405.351 ms".
     */
    @Test
    void stalledDestination(@TempDir Path dir) throws IOException {
        Trace trace = report(dir, "dst-stalled-400ms");
        trace.checkStructure();
        assertEquals(Map.of(1, "source: src.log", 2, "destination: dst.log"), trace.processes());
        assertEquals(43, trace.slices(1, "save").size());
        assertEquals(33, trace.slices(2, "load").size());
        assertEquals(4111, trace.slicesNamed("QEMU's downtime figure").get(0).get("dur").asLong());
        JsonNode blackout = trace.slicesNamed("guest stopped").get(0);
        assertEquals(1795654070597297L, blackout.get("ts").asLong());
        assertEquals(405351, blackout.get("dur").asLong());
        JsonNode offset = blackout.get("args").get("guest_stopped_us");
        assertEquals(405351, offset.get("low").asLong());
        assertTrue(offset.get("high").isNull(), "one-sided: no upper bound");
        // Every destination slice carries the offset it was placed with.
        for (JsonNode load : trace.slices(2, "load")) {
            JsonNode clock = load.get("args").get("clock_offset_us");
            assertEquals(1907, clock.get("high").asLong());
            assertEquals(1907, clock.get("estimate").asLong());
            assertTrue(clock.get("low").isNull());
            assertEquals(load.get("args").get("host_clock_us").asLong() - 1907, load.get("ts").asLong() + load.get("dur").asLong());
        }
        JsonNode flowEnd = trace.phase("f").get(0);
        assertEquals(1795654071004555L - 1907, flowEnd.get("ts").asLong());
        trace.checkFlow();
    }

    /**
     * postcopy-random-ram. src.log lines 7-48: 42 saves, nothing else. dst.log lines 4-42 are 39 lines, six of
     * them checkpoints (36-41, dst-precopy-loadvm-completed to dst-postcopy-bh-vm-started): 33 loads; the last,
     * line 42 (ram, iterable, 280472 µs), ends after the guest started (line 41): marked so.
     */
    @Test
    void postcopy(@TempDir Path dir) throws IOException {
        Trace trace = report(dir, "postcopy-random-ram");
        trace.checkStructure();
        assertEquals(Map.of(1, "source: src.log", 2, "destination: dst.log"), trace.processes());
        assertEquals(42, trace.slices(1, "save").size());
        assertEquals(33, trace.slices(2, "load").size());
        List<JsonNode> late = trace.slices(2, "load").stream().filter(s -> s.get("args").has("after_guest_started")).toList();
        assertEquals(1, late.size());
        assertEquals("dst.log:42", late.get(0).get("args").get("line").asText());
        assertEquals(280472, late.get(0).get("dur").asLong());
        trace.checkFlow();
    }

    /**
     * cancelled-then-retried: two migrations, four processes. The first attempt (src.log lines 2-94, cancelled
     * at line 94; dst.log failed at line 38) saved and loaded nothing. The second: src.log's 43
     * vmstate_downtime_save lines, 472-588: ram's iterable save (472), then 42 non-iterable ones: one for each of
     * the 32 sections savevm_section_start opens (ids 0, 1, 4-29, 38-41) and 10 without such lines (480 ram,
     * 481 dirty-bitmap, 561-575 the 8 smbus-eeprom). dst-2.log: ram's iterable load (119), then one load after
     * each qemu_loadvm_state_section_startfull, ids 0, 1, 4-29, 38-41: 32; 33 loads.
     */
    @Test
    void retry(@TempDir Path dir) throws IOException {
        Trace trace = report(dir, "cancelled-then-retried");
        trace.checkStructure();
        assertEquals(Map.of(1, "migration 1: source: src.log", 2, "migration 1: destination: dst.log",
                3, "migration 2: source: src.log", 4, "migration 2: destination: dst-2.log"), trace.processes());
        assertEquals(0, trace.slices(1, "save").size());
        assertEquals(0, trace.slices(2, "load").size());
        assertEquals(43, trace.slices(3, "save").size());
        assertEquals(33, trace.slices(4, "load").size());
        // One arrow, the second migration's: the first never started the guest on its destination.
        assertEquals(1, trace.phase("s").size());
        assertEquals(3, trace.phase("s").get(0).get("pid").asInt());
        assertEquals(4, trace.phase("f").get(0).get("pid").asInt());
        trace.checkFlow();
    }

    /**
     * replay adds each policy's checks and firings as instants on a track of the host that made them. On
     * strict-source-fires-first-5-1 (limits 5 + 1 ms) the RFC fires on the source after the save of
     * 0000:00:03.0/e1000e (src.log:73), as the record shows.
     */
    @Test
    void replayAddsChecksAndFirings(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("replay.json");
        CliRun run = CliRun.of("replay", "--format", "perfetto", "-o", out.toString(),
                SampleTraces.path("strict-source-fires-first-5-1").toString(), "--downtime-limit", "5", "--switchover-limit", "1");
        assertEquals(0, run.exitCode(), run.err());
        Trace trace = new Trace(JSON.readTree(out.toFile()));
        trace.checkStructure();
        assertEquals(Set.of("rfc checks", "total checks", "source-ack checks"), trace.trackNames(1).stream()
                .filter(name -> name.endsWith(" checks")).collect(Collectors.toSet()));
        List<JsonNode> rfcFirings = trace.events().stream().filter(e -> e.get("name").asText().equals("rfc fires")
                && e.get("pid").asInt() == 1).toList();
        assertEquals(1, rfcFirings.size());
        assertEquals("src.log:73", rfcFirings.get(0).get("args").get("line").asText());
        assertEquals("save 0000:00:03.0/e1000e", rfcFirings.get(0).get("args").get("after").asText());
        assertFalse(trace.events().stream().filter(e -> e.path("cat").asText().equals("check")).toList().isEmpty());
        assertEquals("downtime-analyzer-replay-trace", trace.root().get("otherData").get("format").asText());
    }

    /** Lines without timestamps cannot be placed in time: the trace is empty, and stderr and otherData say why. */
    @Test
    void untimedLogsAreSaidNotToBeInTheTrace(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("untimed.json");
        CliRun run = CliRun.of("report", "--format", "perfetto", "-o", out.toString(),
                SampleTraces.path("precopy-no-timestamps").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("analyzer: migration 1 is not in the trace: no timeline: the source's trace"
                + " lines carry no timestamps"), run.err());
        JsonNode root = JSON.readTree(out.toFile());
        assertEquals(0, root.get("traceEvents").size());
        JsonNode migration = root.get("otherData").get("migrations").get(0);
        assertFalse(migration.get("placed").asBoolean());
        assertTrue(migration.get("why").asText().startsWith("no timeline"), migration.toString());
    }

    /** A trace for a viewer is not written to a terminal unasked. */
    @Test
    void needsAnOutputFile() {
        CliRun run = CliRun.of("report", "--format", "perfetto", SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("analyzer: --format perfetto writes a trace for a viewer: give -o FILE.json (or -o - for"
                + " standard output)", "see 'analyzer help report'"), run.err().lines().toList());
    }

    private static Trace report(Path dir, String sample) throws IOException {
        Path out = dir.resolve(sample + ".json");
        CliRun run = CliRun.of("report", "--format", "perfetto", "-o", out.toString(), SampleTraces.path(sample).toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(out.toFile());
        assertEquals("traceEvents", root.fieldNames().next(), "viewers recognise the format by its first field");
        return new Trace(root);
    }

    /** A parsed trace and the questions the tests ask of it. */
    private record Trace(JsonNode root) {
        List<JsonNode> events() {
            List<JsonNode> events = new ArrayList<>();
            root.get("traceEvents").forEach(events::add);
            return events;
        }

        List<JsonNode> phase(String ph) {
            return events().stream().filter(e -> e.get("ph").asText().equals(ph)).toList();
        }

        Map<Integer, String> processes() {
            Map<Integer, String> names = new TreeMap<>();
            phase("M").stream().filter(e -> e.get("name").asText().equals("process_name"))
                    .forEach(e -> names.put(e.get("pid").asInt(), e.get("args").get("name").asText()));
            return names;
        }

        List<String> trackNames(int pid) {
            return phase("M").stream().filter(e -> e.get("name").asText().equals("thread_name") && e.get("pid").asInt() == pid)
                    .map(e -> e.get("args").get("name").asText()).toList();
        }

        List<JsonNode> slices(int pid, String category) {
            return phase("X").stream().filter(e -> e.get("pid").asInt() == pid && e.get("cat").asText().equals(category)).toList();
        }

        List<JsonNode> slicesNamed(String name) {
            return phase("X").stream().filter(e -> e.get("name").asText().equals(name)).toList();
        }

        List<String> instantNames(int pid, String category) {
            return phase("i").stream().filter(e -> e.get("pid").asInt() == pid && e.get("cat").asText().equals(category))
                    .map(e -> e.get("name").asText()).toList();
        }

        /**
         * Only phases this tool writes; every slice complete (ts, dur >= 0: no B without its E); on every
         * track, a slice that starts inside another ends inside it too; every process and track that has an
         * event is named.
         */
        void checkStructure() {
            assertEquals("ms", root.get("displayTimeUnit").asText());
            Set<String> phases = events().stream().map(e -> e.get("ph").asText()).collect(Collectors.toSet());
            assertTrue(Set.of("M", "X", "i", "s", "f").containsAll(phases), phases.toString());
            Map<String, List<JsonNode>> byTrack = new HashMap<>();
            for (JsonNode slice : phase("X")) {
                assertTrue(slice.get("ts").isIntegralNumber() && slice.get("dur").isIntegralNumber(), slice.toString());
                assertTrue(slice.get("dur").asLong() >= 0, slice.toString());
                assertFalse(slice.get("name").asText().isBlank(), slice.toString());
                byTrack.computeIfAbsent(slice.get("pid").asInt() + "/" + slice.get("tid").asInt(), k -> new ArrayList<>()).add(slice);
            }
            for (Map.Entry<String, List<JsonNode>> track : byTrack.entrySet()) {
                List<JsonNode> slices = new ArrayList<>(track.getValue());
                slices.sort(Comparator.comparingLong((JsonNode s) -> s.get("ts").asLong())
                        .thenComparing(Comparator.comparingLong((JsonNode s) -> s.get("dur").asLong()).reversed()));
                Deque<long[]> open = new ArrayDeque<>();
                for (JsonNode slice : slices) {
                    long start = slice.get("ts").asLong();
                    long end = start + slice.get("dur").asLong();
                    while (!open.isEmpty() && open.peek()[1] <= start) {
                        open.pop();
                    }
                    assertTrue(open.isEmpty() || end <= open.peek()[1],
                            "track " + track.getKey() + ": " + slice + " overlaps a slice ending at " + (open.isEmpty() ? "" : open.peek()[1]));
                    open.push(new long[]{start, end});
                }
            }
            Set<String> named = phase("M").stream().filter(e -> e.get("name").asText().equals("thread_name"))
                    .map(e -> e.get("pid").asInt() + "/" + e.get("tid").asInt()).collect(Collectors.toSet());
            Set<Integer> processes = processes().keySet();
            for (JsonNode event : events()) {
                if (!event.get("ph").asText().equals("M")) {
                    assertTrue(named.contains(event.get("pid").asInt() + "/" + event.get("tid").asInt()), "unnamed track: " + event);
                    assertTrue(processes.contains(event.get("pid").asInt()), "unnamed process: " + event);
                }
            }
        }

        /**
         * Each arrow leaves from the source's blackout slice at its start (src-downtime-start) and ends at the
         * destination's guest-start checkpoint, at the blackout's end.
         */
        void checkFlow() {
            List<JsonNode> starts = phase("s");
            assertFalse(starts.isEmpty());
            for (JsonNode start : starts) {
                List<JsonNode> ends = phase("f").stream().filter(f -> f.get("id").equals(start.get("id"))).toList();
                assertEquals(1, ends.size());
                JsonNode end = ends.get(0);
                JsonNode blackout = phase("X").stream().filter(x -> x.get("pid").equals(start.get("pid"))
                        && x.get("tid").equals(start.get("tid")) && x.get("ts").equals(start.get("ts"))).findFirst().orElseThrow();
                assertEquals("guest stopped", blackout.get("name").asText());
                assertEquals(blackout.get("ts").asLong() + blackout.get("dur").asLong(), end.get("ts").asLong());
                JsonNode guestStart = phase("i").stream().filter(i -> i.get("pid").equals(end.get("pid"))
                        && i.get("tid").equals(end.get("tid")) && i.get("ts").equals(end.get("ts"))).findFirst().orElseThrow();
                assertTrue(guestStart.get("name").asText().endsWith("-vm-started"), guestStart.toString());
                assertTrue(start.get("pid").asInt() != end.get("pid").asInt());
            }
        }
    }
}
