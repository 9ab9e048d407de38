package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.model.DeviceOperation;
import io.downtime.testing.CliRun;
import io.downtime.testing.DerivedRunSets;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer compare} end to end on run sets derived from precopy-q35-small (ComparerOnDerivedSetsTest judges them). */
class CompareCommandTest {
    private static final String NET = "0000:00:01.0/virtio-net";

    private static Path[] sets(Path dir) {
        DerivedRunSets.Recipe noise = DerivedRunSets.Recipe.noise("precopy-q35-small", 0.1);
        Path a = DerivedRunSets.write(dir.resolve("fw-a"), noise, 10, 21);
        Path b = DerivedRunSets.write(dir.resolve("fw-b"), noise.slower(NET, DeviceOperation.SAVE, 1.3)
                .renamed("port92", "0000:00:05.0/vfio"), 10, 22);
        return new Path[]{a, b};
    }

    @Test
    void text(@TempDir Path dir) {
        Path[] sets = sets(dir);
        CliRun run = CliRun.of("compare", sets[0].toString(), sets[1].toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("Comparison: baseline fw-a (10 migrations, 10 completed) vs candidate fw-b (10"
                + " migrations, 10 completed)\n"), out);
        assertTrue(out.contains("  test      exact two-sided Mann-Whitney U test (permutation distribution of the mid-rank"
                + " sum, ties included), significance level 0.01\n"), out);
        assertTrue(out.contains("  reported  a change when significant and the median moved by at least 100 µs and 10%"
                + " of the baseline's\n"), out);
        assertTrue(out.contains("  interval  95% percentile bootstrap interval of the median difference (2000 resamples,"
                + " seed 1)\n"), out);
        List<String> lines = out.lines().toList();
        String header = lines.stream().filter(line -> line.startsWith("FIGURE")).findFirst().orElseThrow();
        int first = lines.indexOf(header) + 2;
        assertTrue(lines.get(first).matches("blackout \\(guest stopped\\) +src>dst +10 +≥.*"), lines.get(first));
        assertTrue(lines.get(first + 1).startsWith("QEMU's downtime figure"), lines.get(first + 1));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(NET + " save") && line.endsWith("  regression")), out);
        assertTrue(out.contains("\n  regression: " + NET + " save (src): +"), out);
        assertTrue(out.contains("\n  only in candidate: 0000:00:05.0/vfio save (src): in 10 runs of the candidate, in no"
                + " baseline run\n"), out);
        assertTrue(out.contains("\n  only in baseline: port92 load (dst): in 10 runs of the baseline, in no candidate"
                + " run\n"), out);
        assertTrue(out.contains("\nnote: blackout: 10 of 10 baseline values and 10 of 10 candidate values are lower"
                + " bounds"), out);
    }

    @Test
    void csvAndJson(@TempDir Path dir) throws Exception {
        Path[] sets = sets(dir);
        CliRun csv = CliRun.of("compare", "--format", "csv", sets[0].toString(), sets[1].toString());
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertTrue(rows.get(0).startsWith("kind,figure,host,in_blackout,baseline_n,"), rows.get(0));
        assertTrue(rows.get(1).startsWith("blackout,blackout (guest stopped),src>dst,true,10,0,10,"), rows.get(1));
        String net = rows.stream().filter(row -> row.startsWith("device_save," + NET + " save,")).findFirst().orElseThrow();
        assertTrue(net.contains(",regression,"), net);

        CliRun json = CliRun.of("compare", "--format", "json", "--baseline-label", "A", "--candidate-label", "B",
                sets[0].toString(), sets[1].toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("analyzer-compare", root.get("format").asText());
        assertEquals("A", root.at("/baseline/label").asText());
        assertEquals(10, root.at("/candidate/migrations").asInt());
        assertEquals(0.01, root.at("/method/alpha").asDouble());
        JsonNode figure = null;
        for (JsonNode f : root.get("figures")) {
            if (f.get("label").asText().equals(NET + " save")) {
                figure = f;
            }
        }
        assertEquals("regression", figure.get("verdict").asText());
        assertEquals(NET, figure.get("idstr").asText());
        assertEquals(10, figure.at("/candidate/values").size());
        assertTrue(figure.at("/change/p_value").asDouble() <= 0.01);
        assertTrue(figure.at("/change/exact").asBoolean());
        double delta = figure.at("/change/median_delta_us").asDouble();
        assertTrue(figure.at("/change/interval_us/low").asDouble() <= delta
                && delta <= figure.at("/change/interval_us/high").asDouble());
    }

    /** A baseline file is a run set too. */
    @Test
    void againstABaselineFile(@TempDir Path dir) {
        Path[] sets = sets(dir);
        Path baseline = dir.resolve("fw-a.json");
        assertEquals(0, CliRun.of("baseline", "-o", baseline.toString(), sets[0].toString()).exitCode());
        CliRun run = CliRun.of("compare", baseline.toString(), sets[1].toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Comparison: baseline fw-a (10 migrations"), run.out());
        assertTrue(run.out().contains("\n  regression: " + NET + " save (src): +"), run.out());
    }

    @Test
    void emptyOrMissingSetsExitTwo(@TempDir Path dir) {
        String sample = SampleTraces.path("precopy-q35-small").toString();
        String missing = dir.resolve("missing").toString();
        CliRun run = CliRun.of("compare", sample, missing);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("analyzer: " + missing + ": no such file or directory\n"), run.err());
        assertTrue(run.err().contains("analyzer: no migration found in " + missing + ": nothing to compare\n"), run.err());
        CliRun alpha = CliRun.of("compare", "--alpha", "2", sample, sample);
        assertEquals(2, alpha.exitCode());
        assertTrue(alpha.err().startsWith("analyzer: Invalid value for option '--alpha': '2' is not allowed: give a number"
                + " between 0 and 1, both excluded\n"), alpha.err());
    }
}
