package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every JSON document the tool writes validates against its schema in docs/schema/ (docs/json-formats.md): report,
 * replay and events on every sample case; runs, runs --summary, sweep, compare, gate and baseline on sample run
 * sets. A field renamed or added without the schema fails here, naming the document, the place and the field.
 */
class JsonSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Schema schema(String name) throws IOException {
        String text = Files.readString(SampleTraces.root().resolveSibling("docs/schema/" + name + ".schema.json"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    }

    private static List<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(SampleTraces.root())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void valid(Schema schema, String what, String document) throws IOException {
        List<Error> errors = schema.validate(MAPPER.readTree(document));
        assertTrue(errors.isEmpty(), what + " does not match its schema (update docs/schema/ and"
                + " docs/json-formats.md with the change): " + errors);
    }

    @Test
    void reportReplayAndEventsOfEverySample() throws IOException {
        Schema report = schema("report");
        Schema replay = schema("replay");
        Schema events = schema("events");
        List<String> cases = cases();
        assertTrue(cases.size() >= 20, cases.toString());
        for (String name : cases) {
            String dir = SampleTraces.path(name).toString();
            valid(report, "report of " + name, CliRun.of("report", "--format", "json", dir).out());
            valid(replay, "replay of " + name, CliRun.of("replay", "--format", "json", "--downtime-limit", "300",
                    "--switchover-limit", "10", dir).out());
            valid(events, "events of " + name, CliRun.of("events", "--format", "json", dir).out());
        }
    }

    @Test
    void runSetDocuments(@TempDir Path dir) throws IOException {
        String all = SampleTraces.root().toString();
        String a = SampleTraces.path("precopy-q35-small").toString();
        String b = SampleTraces.path("precopy-return-path").toString();
        String stalled = SampleTraces.path("dst-stalled-400ms").toString();
        valid(schema("runs"), "runs", CliRun.of("runs", "--format", "json", all).out());
        valid(schema("runs"), "runs with strict verdicts",
                CliRun.of("runs", "--format", "json", "--downtime-limit", "300", all).out());
        valid(schema("runs-summary"), "runs --summary", CliRun.of("runs", "--summary", "--format", "json", all).out());
        valid(schema("sweep"), "sweep", CliRun.of("sweep", "--format", "json", "--downtime-limit", "100:300:100",
                "--switchover-limit", "0:10:10", SampleTraces.path("strict-completed-300-10").toString(), stalled).out());
        valid(schema("compare"), "compare", CliRun.of("compare", "--format", "json", a, b).out());
        Path baseline = dir.resolve("baseline.json");
        CliRun written = CliRun.of("baseline", a, b, "-o", baseline.toString());
        assertEquals(0, written.exitCode(), written.err());
        valid(schema("baseline"), "baseline", Files.readString(baseline));
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "version: 1\nrules:\n  - kind: blackout\n    max_ms: 300\n");
        Path gate = dir.resolve("gate.json");
        CliRun gated = CliRun.of("gate", a, stalled, "--rules", rules.toString(), "--json", gate.toString());
        assertEquals(1, gated.exitCode(), gated.err());
        valid(schema("gate"), "gate", Files.readString(gate));
    }

    /** The schemas are closed where the docs promise a closed object: a renamed field is caught. */
    @Test
    void aRenamedFieldFails() throws IOException {
        JsonNode runs = MAPPER.readTree(CliRun.of("runs", "--format", "json",
                SampleTraces.path("precopy-q35-small").toString()).out());
        ObjectNode migration = (ObjectNode) runs.get("migrations").get(0);
        migration.set("blackout", migration.remove("blackout_us"));
        List<Error> errors = schema("runs").validate(runs);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("blackout"), errors.toString());
        JsonNode replay = MAPPER.readTree(CliRun.of("replay", "--format", "json", "--downtime-limit", "5",
                "--switchover-limit", "1", SampleTraces.path("strict-source-fires-first-5-1").toString()).out());
        ((ObjectNode) replay.get("migrations").get(0).get("clock").get("offset_us")).put("low_us", 0);
        assertFalse(schema("replay").validate(replay).isEmpty());
    }

    /** The limit's source is an enum in the schema: every LimitSource, and nothing else (a new one is caught). */
    @Test
    void theLimitSourcesAreTheSchemasEnum() throws IOException {
        JsonNode schema = MAPPER.readTree(Files.readString(SampleTraces.root().resolveSibling(
                "docs/schema/report.schema.json")));
        List<String> listed = new ArrayList<>();
        schema.findValues("downtime_limit_source").forEach(node -> node.get("enum")
                .forEach(value -> listed.add(value.isNull() ? null : value.asText())));
        List<String> sources = new ArrayList<>();
        sources.add(null);
        Stream.of(io.downtime.why.LimitSource.values()).map(io.downtime.why.LimitSource::label).forEach(sources::add);
        assertEquals(sources, listed);
        ObjectNode report = (ObjectNode) MAPPER.readTree(CliRun.of("report", "--format", "json",
                SampleTraces.path("full-trace-precopy-limit100").toString()).out());
        ((ObjectNode) report.get("migrations").get(0).get("switchover_decision")).put("downtime_limit_source", "guessed");
        assertFalse(schema("report").validate(report).isEmpty());
    }
}
