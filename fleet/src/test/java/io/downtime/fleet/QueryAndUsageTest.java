package io.downtime.fleet;

import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code analyzer-fleet query}, and what every command says of bad usage: exit 2, one sentence, nothing written. */
class QueryAndUsageTest {
    @TempDir
    static Path dir;
    static String out;

    @BeforeAll
    static void runOneSample() {
        out = dir.resolve("out").toString();
        FleetTestSpark.FleetRun run = FleetTestSpark.run("run", "--runs",
                SampleTraces.path("precopy-q35-small").toString(), "--out", out);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 cases read"), run.out());
    }

    /**
     * precopy-q35-small's source saves 43 sections (43 vmstate_downtime_save lines); the longest two,
     * src.log:46 {@code idstr=0000:00:01.0/virtio-net ... downtime=755} and src.log:47 {@code
     * idstr=0000:00:02.0/virtio-blk ... downtime=643}.
     */
    @Test
    void sqlOverTheTablesAsCsv() {
        FleetTestSpark.FleetRun run = FleetTestSpark.run("query", out,
                "SELECT idstr, us FROM devices WHERE host = 'src' ORDER BY us DESC LIMIT 2");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("idstr,us\r\n0000:00:01.0/virtio-net,755\r\n0000:00:02.0/virtio-blk,643\r\n", run.out());
        FleetTestSpark.FleetRun count = FleetTestSpark.run("query", out,
                "SELECT count(*) AS saves FROM devices WHERE host = 'src'");
        assertEquals("saves\r\n43\r\n", count.out());
    }

    @Test
    void aQuerySparkCannotRunIsBadUsage() {
        FleetTestSpark.FleetRun run = FleetTestSpark.run("query", out, "SELECT nothing FROM devices");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("analyzer-fleet: the query cannot be run: "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aDirectoryThatIsNotARunsOutput() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        FleetTestSpark.FleetRun run = FleetTestSpark.run("query", other.toString(), "SELECT 1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("_fleet.json not found: is this the --out of an analyzer-fleet run?"), run.err());
        FleetTestSpark.FleetRun overwrite = FleetTestSpark.run("run", "--runs",
                SampleTraces.path("precopy-q35-small").toString(), "--out", dir.toString(), "--overwrite");
        assertEquals(2, overwrite.exitCode());
        assertTrue(overwrite.err().contains("is not the output of an analyzer-fleet run"), overwrite.err());
    }

    @Test
    void badUsageOfRun() {
        String q35 = SampleTraces.path("precopy-q35-small").toString();
        assertUsage("give either --manifest FILE or --runs PATH...", "run", "--out", dir.resolve("x").toString());
        assertUsage("--out is required", "run", "--runs", q35);
        assertUsage(out + " exists: give another --out, or --overwrite to replace it", "run", "--runs", q35, "--out", out);
        assertUsage("unknown option --frobnicate", "run", "--runs", q35, "--out", out, "--frobnicate");
        assertUsage("--switchover-limit goes with --downtime-limit", "run", "--runs", q35, "--out", out,
                "--switchover-limit", "10");
        assertUsage("'nonsense' is not a policy", "run", "--runs", q35, "--out", out, "--policy", "nonsense");
        assertUsage("--verdicts-at 300:10:5: give DOWNTIME:SWITCHOVER", "run", "--runs", q35, "--out", out,
                "--verdicts-at", "300:10:5");
        assertUsage("unknown command frobnicate", "frobnicate");
    }

    @Test
    void metricsAreNeverLabelledByTheIdNorByAnUnboundedColumn() {
        assertUsage("--label-by id: a metric is never labelled by the migration's id", "metrics", out, "--label-by", "id");
        assertUsage("--label-by label: 1 values, more than --max-label-values 0", "metrics", out, "--label-by", "label",
                "--max-label-values", "0");
        assertUsage("'le' is a label of the metrics already", "metrics", out, "--label-by", "le");
    }

    private static void assertUsage(String message, String... args) {
        FleetTestSpark.FleetRun run = FleetTestSpark.run(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("analyzer-fleet: " + message), run.err());
    }
}
