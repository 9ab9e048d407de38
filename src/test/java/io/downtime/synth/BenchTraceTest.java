package io.downtime.synth;

import io.downtime.model.EventKind;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import io.downtime.trace.LineAccounting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's trace is what docs/performance.md says it is: real sample lines and QEMU's other
 * migration events, read without a rejected line, its downtime lines counted as grep counts them,
 * the same bytes for the same seed.
 */
class BenchTraceTest {
    /** The events OtherEventLines writes that the analyzer does not interpret, as named in QEMU's migration/trace-events. */
    private static final Set<String> OTHER_NAMES = Set.of("ram_save_page", "ram_load_loop", "migration_rate_limit_pre",
            "migration_rate_limit_post", "migration_bitmap_sync_start", "migration_bitmap_sync_end");

    /** The events OtherEventLines writes that the analyzer understands: QEMU's switchover decision. */
    private static final Set<EventKind> DECISION_KINDS = Set.of(EventKind.PENDING_ESTIMATE, EventKind.PENDING_EXACT,
            EventKind.BANDWIDTH_ESTIMATE, EventKind.SAVEVM_STATE_ITERATE, EventKind.SECTION_SAVE_START,
            EventKind.SECTION_SAVE_END);

    private static final List<EventKind> DOWNTIME_KINDS = List.of(EventKind.DEVICE_SAVE, EventKind.DEVICE_LOAD,
            EventKind.CHECKPOINT);

    /**
     * Other events before each sample log: 2,000 instead of the benchmark's 200,000, so that a few
     * MiB hold every sample (36 logs of 2 to 597 lines after 2,000 lines of about 85 bytes: about
     * 6.5 MB a round).
     */
    private static final int OTHERS = 2_000;

    private static List<Path> samples() throws IOException {
        return BenchTrace.sampleLogs(List.of(SampleTraces.root()));
    }

    @Test
    void migrationMixReadsCleanAndCountsAsGrepDoes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mix.log");
        BenchTrace.Written written;
        try (var out = Files.newOutputStream(file)) {
            written = BenchTrace.write(samples(), BenchTrace.Mix.MIGRATION, 8L << 20, 7, OTHERS, out);
        }
        assertEquals(Files.size(file), written.bytes());
        assertTrue(written.bytes() >= 8L << 20);
        // every src.log and dst.log of the 19 cases with them (38), but the two of precopy-no-timestamps,
        // which hold no stamped line to move in time
        assertEquals(36, written.samples().size());
        assertTrue(written.samples().stream().noneMatch(p -> p.toString().contains("precopy-no-timestamps")));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(written.lines(), lines.size());
        assertEquals(written.downtimeLines(), lines.stream().filter(line -> line.contains("vmstate_downtime")).count());

        LineAccounting read = ReadResult.read(file).accounting();
        assertEquals(written.lines(), read.lines());
        assertEquals(0, read.rejected());
        assertEquals(0, read.nonTrace());
        assertEquals(written.downtimeLines(), DOWNTIME_KINDS.stream().mapToLong(read::understood).sum());
        // the generator's other events, and the full-trace samples' own (savevm_section_skip ...)
        Set<String> others = new java.util.TreeSet<>(OTHER_NAMES);
        for (Path sample : written.samples()) {
            others.addAll(ReadResult.read(sample).accounting().otherEventNames().keySet());
        }
        assertEquals(others, read.otherEventNames().keySet());
        // the generator's decision events are understood: 14% of the 2,000 lines before each log at least
        // (pending 7%, transferred 3%, iterate 2%, sections 4%: 16% of them)
        long decisions = DECISION_KINDS.stream().mapToLong(read::understood).sum();
        assertTrue(decisions > 36 * OTHERS * 14 / 100, decisions + " decision events");
        // at least one round of every sample: grep -c vmstate_downtime on the 38 logs sums to 1,470 (857 on
        // the sources, 613 on the destinations; 323 of them in the three full-trace cases: 43 + 43 + 77 saves
        // and 3 × 5 checkpoints, 33 + 33 + 67 loads and 3 × 4 checkpoints; 50 in the three failures of the same
        // recording: cancelled-then-retried's 43 saves and 5 checkpoints of its second attempt, and one
        // dst-precopy-loadvm-completed in each failed destination's dst.log), less precopy-no-timestamps' 48 + 37: 1,385
        assertTrue(written.downtimeLines() >= 1_385, written.toString());
        // and still rare: 2,000 other events before each log of at most 597 lines
        assertTrue(written.downtimeLines() * 20 < written.lines(), written.toString());
    }

    @Test
    void downtimeOnlyIsEveryLineADowntimeEvent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("downtime.log");
        BenchTrace.Written written;
        try (var out = Files.newOutputStream(file)) {
            written = BenchTrace.write(samples(), BenchTrace.Mix.DOWNTIME_ONLY, 1L << 20, 7, out);
        }
        assertEquals(written.lines(), written.downtimeLines());
        LineAccounting read = ReadResult.read(file).accounting();
        assertEquals(written.lines(), read.lines());
        assertEquals(written.lines(), DOWNTIME_KINDS.stream().mapToLong(read::understood).sum());
        assertEquals(0, read.otherEvents() + read.nonTrace() + read.rejected());
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        byte[] first = write(3);
        assertArrayEquals(first, write(3));
        assertFalse(java.util.Arrays.equals(first, write(4)));
    }

    /** The bodies are the samples' own: every sample line's text after its stamp appears in the trace. */
    @Test
    void sampleLinesKeepTheirBodies() throws IOException {
        String trace = new String(write(5), StandardCharsets.UTF_8);
        Path sample = SampleTraces.path("precopy-kvm-8vcpu-many-devices/src.log");
        for (String line : Files.readAllLines(sample)) {
            String body = line.substring(line.indexOf(':') + 1);
            assertTrue(trace.contains(":" + body + "\n"), body);
        }
    }

    private static byte[] write(long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchTrace.write(samples(), BenchTrace.Mix.MIGRATION, 6L << 20, seed, OTHERS, out);
        return out.toByteArray();
    }
}
