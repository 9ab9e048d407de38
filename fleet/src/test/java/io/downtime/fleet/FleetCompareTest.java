package io.downtime.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.model.DeviceOperation;
import io.downtime.testing.CliRun;
import io.downtime.testing.DerivedRunSets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer-fleet compare} (issue 15, point 5) gives the verdicts of {@code analyzer compare} on the same
 * migrations: two run sets made from dst-stalled-400ms with 10% noise, the candidate's ICH9LPC load 30% slower
 * (the setting of ComparerOnDerivedSetsTest.slowerLoadUnderALongBlackout), in one manifest whose {@code firmware}
 * column says which set a row is; compared by that column, the one device that really differs is named.
 */
class FleetCompareTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ICH9LPC = "0000:00:1f.0/ICH9LPC";

    @TempDir
    static Path dir;
    static String out;

    @BeforeAll
    static void runTheJobOnTwoFirmwares() throws IOException {
        DerivedRunSets.Recipe a = DerivedRunSets.Recipe.noise("dst-stalled-400ms", 0.1);
        DerivedRunSets.Recipe b = a.slower(ICH9LPC, DeviceOperation.LOAD, 1.3);
        // The sets DerivedComparisons.compare(a, b, 10, 3, ...) makes: seeds 2 * 3 and 2 * 3 + 1.
        DerivedRunSets.write(dir.resolve("fw-a"), a, 10, 6);
        DerivedRunSets.write(dir.resolve("fw-b"), b, 10, 7);
        List<String> manifest = new ArrayList<>(List.of("id,source,destination,firmware"));
        for (String side : List.of("a", "b")) {
            for (int run = 1; run <= 10; run++) {
                Path runDir = dir.resolve("fw-" + side).resolve(String.format(Locale.ROOT, "run-%02d", run));
                manifest.add(side + run + "," + runDir.resolve("src.log") + "," + runDir.resolve("dst.log") + ","
                        + side.toUpperCase(Locale.ROOT));
            }
        }
        Files.write(dir.resolve("manifest.csv"), manifest);
        out = dir.resolve("out").toString();
        FleetTestSpark.FleetRun run = FleetTestSpark.run("run", "--manifest", dir.resolve("manifest.csv").toString(),
                "--out", out);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void sameVerdictsAsAnalyzerCompareAndTheOneDeviceNamed() throws IOException {
        CliRun cli = CliRun.of("compare", dir.resolve("fw-a").toString(), dir.resolve("fw-b").toString(),
                "--format", "json");
        FleetTestSpark.FleetRun fleet = FleetTestSpark.run("compare", out, "--by", "firmware", "--baseline", "A",
                "--candidate", "B", "--format", "json");
        assertEquals(0, fleet.exitCode(), fleet.err());
        Map<String, JsonNode> expected = figures(JSON.readTree(cli.out()));
        Map<String, JsonNode> actual = figures(JSON.readTree(fleet.out()));
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(expected.size() > 80, "figures: " + expected.size());
        for (Map.Entry<String, JsonNode> figure : expected.entrySet()) {
            JsonNode mine = actual.get(figure.getKey());
            assertEquals(figure.getValue().get("verdict"), mine.get("verdict"), figure.getKey());
            assertEquals(figure.getValue().get("reason"), mine.get("reason"), figure.getKey());
            assertEquals(figure.getValue().get("change"), mine.get("change"), figure.getKey());
            for (String side : List.of("baseline", "candidate")) {
                for (String field : List.of("n", "unknown", "lower_bounds", "median_us", "p95_us", "max_us")) {
                    assertEquals(figure.getValue().get(side).get(field), mine.get(side).get(field),
                            figure.getKey() + " " + side + " " + field);
                }
            }
        }
        List<String> changed = new ArrayList<>();
        actual.forEach((key, figure) -> {
            if (List.of("regression", "improvement").contains(figure.get("verdict").asText())) {
                changed.add(key);
            }
        });
        assertEquals(List.of("device_load " + ICH9LPC + " load dst"), changed);
    }

    /** Beyond --max-per-side, a sample of the smallest hashes, the same on every run, and said so. */
    @Test
    void aSideLargerThanTheLimitIsSampledTheSameWayEveryTime() {
        FleetTestSpark.FleetRun first = FleetTestSpark.run("compare", out, "--by", "firmware", "--baseline", "A",
                "--candidate", "B", "--max-per-side", "6");
        FleetTestSpark.FleetRun second = FleetTestSpark.run("compare", out, "--by", "firmware", "--baseline", "A",
                "--candidate", "B", "--max-per-side", "6");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), second.out());
        assertTrue(first.err().contains("firmware = A: 10 migrations, more than --max-per-side 6: compared on 6 of them"),
                first.err());
        String blackout = first.out().lines().filter(line -> line.startsWith("blackout,")).findFirst().orElseThrow();
        assertTrue(blackout.contains(",6,0,6,"), blackout);
    }

    @Test
    void unknownColumnOrValueIsBadUsage() {
        FleetTestSpark.FleetRun column = FleetTestSpark.run("compare", out, "--by", "rack", "--baseline", "A",
                "--candidate", "B");
        assertEquals(2, column.exitCode());
        assertTrue(column.err().contains("no column rack"), column.err());
        FleetTestSpark.FleetRun value = FleetTestSpark.run("compare", out, "--by", "firmware", "--baseline", "A",
                "--candidate", "C");
        assertEquals(2, value.exitCode());
        assertTrue(value.err().contains("no migration has firmware = C"), value.err());
    }

    private static Map<String, JsonNode> figures(JsonNode comparison) {
        Map<String, JsonNode> figures = new HashMap<>();
        for (JsonNode figure : comparison.get("figures")) {
            figures.put(figure.get("kind").asText() + " " + figure.get("label").asText() + " " + figure.get("host").asText(),
                    figure);
        }
        return figures;
    }
}
