package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer runs --summary} (docs/compare.md, Summary of a run set) on the six real precopy-* cases. The
 * figures, from the trace lines ({@code downtime=} of the save/load lines, µs; QEMU's figure is src-downtime-end
 * minus src-downtime-start, src.log lines 3 and 51, 85 in the kvm case):
 * <ul>
 *   <li>0000:00:01.0/virtio-net save: kvm-8vcpu 362, multifd-4ch 472, no-timestamps 356, q35-small 755,
 *       return-path 360, skewed-clocks 704; sorted 356 360 362 472 704 755: median (362+472)/2 = 417, max 755;</li>
 *   <li>0000:00:1f.2/ich9_ahci load: 35, 382, 421, 445, 419, 438; sorted 35 382 419 421 438 445: median
 *       (419+421)/2 = 420, max 445;</li>
 *   <li>0000:00:02.0/virtio-blk load (absent from kvm-8vcpu): 822, 825, 815, 874, 812; median 822, max 874;</li>
 *   <li>QEMU's figure: kvm .844491-.832501 = 11990, multifd .369967-.367666 = 2301, q35 .695569-.692030 = 3539,
 *       return-path .840491-.732462 = 108029, skewed .930298-.925808 = 4490; no-timestamps has no times, so
 *       unknown; median 4490, max 108029.</li>
 * </ul>
 * Six values are fewer than 20: no p95 (the comparison's rule, SampleSummary.P95_MIN_RUNS).
 */
class RunsSummaryTest {
    private static final List<String> PRECOPY = List.of("precopy-kvm-8vcpu-many-devices", "precopy-multifd-4ch",
            "precopy-no-timestamps", "precopy-q35-small", "precopy-return-path", "precopy-skewed-clocks");

    private static String[] args(String format, List<String> cases) {
        List<String> args = new ArrayList<>(List.of("runs", "--summary", "--format", format));
        cases.forEach(name -> args.add(SampleTraces.path(name).toString()));
        return args.toArray(String[]::new);
    }

    private static JsonNode figure(JsonNode document, String kind, String label) {
        for (JsonNode figure : document.get("figures")) {
            if (figure.get("kind").asText().equals(kind) && figure.get("figure").asText().equals(label)) {
                return figure;
            }
        }
        throw new AssertionError("no " + kind + " " + label);
    }

    @Test
    void medianAndMaxPerDeviceAndQemuFigure() throws Exception {
        CliRun run = CliRun.of(args("json", PRECOPY));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("analyzer-runs-summary", json.get("format").asText());
        assertEquals(6, json.get("migrations").asInt());
        assertFigure(figure(json, "device_save", "0000:00:01.0/virtio-net save"), 6, 0, 417, null, 755);
        assertFigure(figure(json, "device_load", "0000:00:1f.2/ich9_ahci load"), 6, 0, 420, null, 445);
        assertFigure(figure(json, "device_load", "0000:00:02.0/virtio-blk load"), 5, 0, 822, null, 874);
        assertFigure(figure(json, "qemu_downtime", "QEMU's downtime figure"), 5, 1, 4490, null, 108029);
        // Ranked apart, largest median first, ranks 1, 2, 3... within each kind.
        for (String kind : List.of("phase", "device_save", "device_load")) {
            List<JsonNode> ranked = new ArrayList<>();
            json.get("figures").forEach(f -> {
                if (f.get("kind").asText().equals(kind)) {
                    ranked.add(f);
                }
            });
            assertTrue(ranked.size() > 3, kind);
            for (int i = 0; i < ranked.size(); i++) {
                assertEquals(i + 1, ranked.get(i).get("rank").asInt());
                if (i > 0) {
                    assertTrue(ranked.get(i - 1).get("median_us").asDouble() >= ranked.get(i).get("median_us").asDouble(),
                            kind + " rank " + (i + 1));
                }
            }
        }
    }

    /**
     * p95 from 20 values on, nearest rank ⌈0.95 n⌉: five precopy cases given four times each and q35-small once make
     * 21 runs. virtio-net save: 356×4 360×4 362×4 472×4 704×4 (ranks 1-20) and 755 (rank 21): median = 11th = 362,
     * p95 = rank ⌈19.95⌉ = 20th = 704, max 755. QEMU's figure: no-timestamps ×4 unknown, so 17 values (2301×4,
     * 3539, 4490×4, 11990×4, 108029×4): median 9th = 4490, fewer than 20 so no p95, max 108029.
     */
    @Test
    void p95FromTwentyValuesOn() throws Exception {
        List<String> five = List.of("precopy-kvm-8vcpu-many-devices", "precopy-multifd-4ch", "precopy-no-timestamps",
                "precopy-return-path", "precopy-skewed-clocks");
        List<String> cases = Stream.concat(Stream.of(five, five, five, five).flatMap(List::stream),
                Stream.of("precopy-q35-small")).toList();
        CliRun run = CliRun.of(args("json", cases));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(21, json.get("migrations").asInt());
        assertFigure(figure(json, "device_save", "0000:00:01.0/virtio-net save"), 21, 0, 362, 704L, 755);
        assertFigure(figure(json, "qemu_downtime", "QEMU's downtime figure"), 17, 4, 4490, null, 108029);
    }

    @Test
    void textRanksTheTopTenAndSaysHowManyMore() throws Exception {
        CliRun text = CliRun.of(args("text", PRECOPY));
        assertEquals(0, text.exitCode(), text.err());
        JsonNode json = new ObjectMapper().readTree(CliRun.of(args("json", PRECOPY)).out());
        long saves = Stream.of(json.get("figures")).flatMap(a -> {
            List<JsonNode> all = new ArrayList<>();
            a.forEach(all::add);
            return all.stream();
        }).filter(f -> f.get("kind").asText().equals("device_save")).count();
        String out = text.out();
        assertTrue(out.startsWith("Run set summary: 6 migrations in 6 cases;"), out);
        assertTrue(out.contains("(" + (saves - 10) + " more omitted;"), out);
        // 0.417 ms median, no p95 below 20 values, 0.755 ms max.
        assertTrue(out.lines().anyMatch(l -> l.matches("0000:00:01\\.0/virtio-net save +src +6 +0\\.417 +- +0\\.755")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("QEMU's downtime figure +src +5 / 1 unknown +4\\.490 +- +108\\.029")),
                out);
        CliRun csv = CliRun.of(args("csv", PRECOPY));
        assertTrue(csv.out().lines().anyMatch(l -> l.matches("device_load,\\d+,0000:00:1f\\.2/ich9_ahci load,dst,6,0,0,420,,445")),
                csv.out());
    }

    @Test
    void summaryRefusesOpenMetrics() {
        CliRun run = CliRun.of("runs", "--summary", "--format", "openmetrics",
                SampleTraces.path("precopy-q35-small").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--summary takes --format text, csv or json"), run.err());
    }

    private static void assertFigure(JsonNode figure, int n, int unknown, double median, Long p95, long max) {
        assertEquals(n, figure.get("n").asInt(), figure.toString());
        assertEquals(unknown, figure.get("unknown").asInt(), figure.toString());
        assertEquals(median, figure.get("median_us").asDouble(), 0.0, figure.toString());
        if (p95 == null) {
            assertTrue(figure.get("p95_us").isNull(), figure.toString());
        } else {
            assertEquals(p95.longValue(), figure.get("p95_us").asLong(), figure.toString());
        }
        assertEquals(max, figure.get("max_us").asLong(), figure.toString());
    }
}
