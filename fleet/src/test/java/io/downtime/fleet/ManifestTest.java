package io.downtime.fleet;

import io.downtime.testing.SampleTraces;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Manifests (issue 15, point 2): CSV with a header and JSON lines; any other column carried into every table;
 * retries as several destinations; paths relative to the manifest; logs on another file system fetched with
 * QEMU's stderr beside them; rows that cannot be read land in problems and the job still writes the others.
 */
class ManifestTest {
    @TempDir
    static Path dir;
    static String out;

    @BeforeAll
    static void runAManifestOfGoodAndBadRows() throws IOException {
        FleetTestSpark.session().sparkContext().hadoopConfiguration()
                .set("fs." + RemoteLikeFileSystem.SCHEME + ".impl", RemoteLikeFileSystem.class.getName());
        Path samples = SampleTraces.path("");
        // Relative paths: from the manifest's directory, which holds a link to the samples.
        Files.createSymbolicLink(dir.resolve("s"), samples);
        String remote = RemoteLikeFileSystem.SCHEME + "://" + samples.resolve("dst-killed-in-precopy");
        Files.writeString(dir.resolve("manifest.csv"), String.join("\n",
                "id,source,destination,firmware,host_pair",
                "q35,s/precopy-q35-small/src.log,s/precopy-q35-small/dst.log,A,\"a,b\"",
                "retried,s/cancelled-then-retried/src.log,s/cancelled-then-retried/dst.log;s/cancelled-then-retried/dst-2.log,B,c",
                "remote," + remote + "/src.log," + remote + "/dst.log,B,d",
                "local,s/dst-killed-in-precopy/src.log,s/dst-killed-in-precopy/dst.log,B,d",
                "gone,s/nowhere/src.log,s/precopy-q35-small/dst.log,A,e",
                "twice,s/precopy-q35-small/src.log,s/precopy-q35-small/dst.log,A,f",
                "twice,s/precopy-q35-small/src.log,s/precopy-q35-small/dst.log,A,g",
                ",s/precopy-q35-small/src.log,s/precopy-q35-small/dst.log,A,h") + "\n");
        out = dir.resolve("out").toString();
        FleetTestSpark.FleetRun run = FleetTestSpark.run("run", "--manifest", dir.resolve("manifest.csv").toString(),
                "--out", out);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("problems"), run.err());
    }

    @Test
    void manifestColumnsAreCarriedIntoEveryTable() {
        for (String table : List.of("migrations", "devices", "phases", "problems")) {
            List<String> columns = List.of(read(table).get(0).schema().fieldNames());
            assertEquals("id", columns.get(0), table);
            assertTrue(columns.containsAll(List.of("source", "destination", "firmware", "host_pair")), table + columns);
        }
        Row q35 = only(read("migrations"), "q35");
        assertEquals("A", q35.getAs("firmware"));
        assertEquals("a,b", q35.getAs("host_pair"));
        assertEquals("completed", q35.getAs("outcome"));
    }

    /**
     * cancelled-then-retried: src.log holds two attempts, dst.log the first and dst-2.log the second: two
     * migrations of one manifest row, the first cancelled, the second completed (docs/postmortem.md).
     */
    @Test
    void severalDestinationsAreTheAttemptsOfARetry() {
        List<Row> attempts = read("migrations").stream().filter(r -> r.getAs("id").equals("retried"))
                .sorted((a, b) -> Integer.compare(a.<Integer>getAs("migration"), b.<Integer>getAs("migration"))).toList();
        assertEquals(2, attempts.size());
        assertEquals("cancelled", attempts.get(0).getAs("outcome"));
        assertEquals("completed", attempts.get(1).getAs("outcome"));
        assertTrue(attempts.get(1).<String>getAs("destination_run").endsWith("dst-2.log run 1"),
                attempts.get(1).<String>getAs("destination_run"));
    }

    /**
     * The same files, once local and once through another file system: the same figures, the remote one's inputs
     * named by their URIs. dst-killed-in-precopy's cause is QEMU's message in src.stderr, beside src.log
     * (line 2: "Unable to write to socket: Connection reset by peer"): the remote log's stderr was fetched with it.
     */
    @Test
    void aLogOnAnotherFileSystemIsFetchedWithItsStderr() {
        Row remote = only(read("migrations"), "remote");
        Row local = only(read("migrations"), "local");
        assertEquals("Unable to write to socket: Connection reset by peer", remote.getAs("qemu_error"));
        for (String column : List.of("outcome", "ended_in", "guest_stopped", "cause_host", "qemu_error",
                "into_phase_us", "clock", "offset_low_us", "offset_high_us", "rejected_lines")) {
            assertEquals((Object) local.getAs(column), remote.getAs(column), column);
        }
        assertTrue(remote.<String>getAs("source_run").startsWith(RemoteLikeFileSystem.SCHEME + ":"),
                remote.<String>getAs("source_run"));
    }

    @Test
    void rowsThatCannotBeReadAreProblemsAndTheOthersAreRead() {
        List<Row> problems = read("problems");
        Map<String, List<String>> byId = problems.stream().collect(Collectors.groupingBy(
                r -> String.valueOf(r.<String>getAs("id")), Collectors.mapping(r -> r.<String>getAs("message"),
                        Collectors.toList())));
        assertTrue(byId.get("gone").stream().anyMatch(m -> m.contains("nowhere/src.log")), byId.toString());
        assertEquals(2, byId.get("twice").size(), byId.toString());
        assertTrue(byId.get("twice").get(0).startsWith("id twice is on 2 rows of the manifest"), byId.toString());
        assertTrue(byId.get("null").stream().anyMatch(m -> m.startsWith("a manifest row without an id")), byId.toString());
        List<String> read = read("migrations").stream().map(r -> r.<String>getAs("id")).distinct().sorted().toList();
        // gone: its destination alone is read, a migration half seen, as analyzer runs lists one
        assertEquals(List.of("gone", "local", "q35", "remote", "retried"), read);
    }

    @Test
    void jsonLinesWithDestinationsAsAnArray() throws IOException {
        Path manifest = dir.resolve("manifest.jsonl");
        Files.writeString(manifest, String.join("\n",
                "{\"id\": \"retried\", \"source\": \"s/cancelled-then-retried/src.log\", \"destination\":"
                        + " [\"s/cancelled-then-retried/dst.log\", \"s/cancelled-then-retried/dst-2.log\"], \"rack\": 7}",
                "not json") + "\n");
        String jsonOut = dir.resolve("json-out").toString();
        FleetTestSpark.FleetRun run = FleetTestSpark.run("run", "--manifest", manifest.toString(), "--out", jsonOut);
        assertEquals(0, run.exitCode(), run.err());
        List<Row> migrations = FleetTestSpark.session().read().parquet(jsonOut + "/migrations").collectAsList();
        assertEquals(2, migrations.size());
        assertEquals("7", migrations.get(0).getAs("rack"));
        List<Row> problems = FleetTestSpark.session().read().parquet(jsonOut + "/problems").collectAsList();
        assertTrue(problems.stream().anyMatch(r -> r.<String>getAs("message").contains("not a JSON object: not json")),
                problems.toString());
    }

    private static List<Row> read(String table) {
        return FleetTestSpark.session().read().parquet(out + "/" + table).collectAsList();
    }

    private static Row only(List<Row> rows, String id) {
        List<Row> found = rows.stream().filter(r -> id.equals(r.getAs("id"))).toList();
        assertEquals(1, found.size(), id + ": " + found);
        return found.get(0);
    }
}
