package io.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code analyzer gate} end to end: exit codes, the text lines, JUnit XML parsed and checked field by
 * field, JSON. Blackouts derived in RunFiguresTest and GateRulesTest: dst-stalled-400ms at least
 * 405.351 ms, precopy-q35-small at least 7.738 ms, precopy-return-path 105.399 to 108.029 ms.
 */
class GateCommandTest {
    private static final String RULES = String.join("\n",
            "version: 1",
            "rules:",
            "  - name: blackout-300ms",
            "    kind: blackout",
            "    max_ms: 300",
            "  - name: clock",
            "    kind: clock-alignment",
            "    at_least: two-sided",
            "  - kind: no-rejected-lines",
            "");

    private static String sample(String name) {
        return SampleTraces.path(name).toString();
    }

    @Test
    void passingGateExitsZero(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nrules:\n  - {kind: blackout, max_ms: 300}\n");
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), sample("precopy-q35-small"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("gate passed: 0 of 1 checks failed, 0 skipped, 1 passed (1 rule of " + rules
                + " on 1 migration)\n", run.out());
    }

    @Test
    void failingGateWritesJUnitAndJson(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), RULES);
        Path junit = dir.resolve("gate.xml");
        Path json = dir.resolve("gate.json");
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), "--junit", junit.toString(), "--json", json.toString(),
                sample("dst-stalled-400ms"), sample("precopy-q35-small"), sample("precopy-return-path"));
        assertEquals(1, run.exitCode(), run.err());
        // The answer first (docs/gate.md): the summary, the failed checks by rule, the first failed check of each
        // rule; then one line per failed check, and the summary again.
        String summary = "gate FAILED: 3 of 9 checks failed, 0 skipped, 6 passed (3 rules of " + rules + " on 3 migrations)";
        assertEquals(List.of(
                summary,
                "  failed checks by rule: blackout-300ms 1, clock 2",
                "  FAIL blackout-300ms: blackout at least 405.351 ms > limit 300 ms in dst-stalled-400ms",
                "  FAIL clock: clock alignment one-sided is below the required two-sided in dst-stalled-400ms",
                "  (1 more failed check)",
                "",
                "FAIL blackout-300ms: blackout at least 405.351 ms > limit 300 ms in dst-stalled-400ms",
                "FAIL clock: clock alignment one-sided is below the required two-sided in dst-stalled-400ms",
                "FAIL clock: clock alignment one-sided is below the required two-sided in precopy-q35-small",
                summary),
                run.out().lines().toList());
        CliRun brief = CliRun.of("gate", "--brief", "--rules", rules.toString(), sample("dst-stalled-400ms"),
                sample("precopy-q35-small"), sample("precopy-return-path"));
        assertEquals(1, brief.exitCode(), brief.err());
        assertEquals(run.out().lines().toList().subList(0, 5), brief.out().lines().toList());

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("9", root.getAttribute("tests"));
        assertEquals("3", root.getAttribute("failures"));
        assertEquals("0", root.getAttribute("errors"));
        assertEquals("0", root.getAttribute("skipped"));
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength());
        assertEquals("gate.blackout-300ms", ((Element) suites.item(0)).getAttribute("name"));
        NodeList cases = root.getElementsByTagName("testcase");
        assertEquals(9, cases.getLength());
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            assertTrue(testcase.getAttribute("classname").startsWith("gate."), testcase.getAttribute("classname"));
            assertFalse(testcase.getAttribute("name").isEmpty());
            assertTrue(unique.add(testcase.getAttribute("classname") + "/" + testcase.getAttribute("name")),
                    "unique classname and name");
            assertFalse(testcase.getAttribute("time").isEmpty());
        }
        Element blackout = (Element) cases.item(0);
        assertEquals("gate.blackout-300ms", blackout.getAttribute("classname"));
        assertEquals("dst-stalled-400ms", blackout.getAttribute("name"));
        Element failure = (Element) blackout.getElementsByTagName("failure").item(0);
        assertEquals("blackout at least 405.351 ms > limit 300 ms in dst-stalled-400ms", failure.getAttribute("message"));
        assertEquals("blackout", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("measured: at least 405.351 ms\nlimit: 300 ms"),
                failure.getTextContent());
        Element passed = (Element) cases.item(1);
        assertEquals("precopy-q35-small", passed.getAttribute("name"));
        assertEquals(0, passed.getChildNodes().getLength(), "a passed testcase is empty");

        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertEquals("analyzer-gate", results.get("format").asText());
        assertFalse(results.get("passed").asBoolean());
        assertEquals(9, results.get("results").size());
        JsonNode first = results.get("results").get(0);
        assertEquals("blackout-300ms", first.get("rule").asText());
        assertEquals("dst-stalled-400ms", first.get("subject").asText());
        assertEquals("fail", first.get("outcome").asText());
        assertEquals(405_351, first.get("measured_us").asLong());
        assertEquals("300 ms", first.get("limit").asText());
    }

    @Test
    void skippedChecksAreJUnitSkipped(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"),
                "version: 1\nrules:\n  - {kind: blackout, max_ms: 300, when_unknown: skip}\n");
        Path junit = dir.resolve("gate.xml");
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), "--junit", junit.toString(),
                sample("dst-killed-at-switchover"));
        assertEquals(0, run.exitCode(), run.err());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertEquals("1", xml.getDocumentElement().getAttribute("skipped"));
        Element skipped = (Element) xml.getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").startsWith("blackout unknown in dst-killed-at-switchover: the guest"
                + " never started on the destination"), skipped.getAttribute("message"));
    }

    @Test
    void badRulesFileExitsTwoNamingRuleAndField(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"),
                "version: 1\nrules:\n  - {kind: blackout, max_ms: 300}\n  - {name: vfio, kind: device, match: '*', max_us: -1}\n");
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), sample("precopy-q35-small"));
        assertEquals(2, run.exitCode());
        // line 4, "  - {name: vfio, kind: device, match: '*', " is 43 characters: max_us at column 44
        assertEquals("analyzer: " + rules + ":4:44: rule 2 (vfio): max_us: expected a whole number of µs from 0 to"
                + " 86400000000 (a day), got -1\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void regressionRuleNeedsABaseline(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.json"), "{\"version\": 1, \"rules\": [{\"kind\":"
                + " \"no-rejected-lines\"}, {\"kind\": \"no-regression\", \"max_change_pct\": 10, \"max_change_us\": 100}]}");
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), sample("precopy-q35-small"));
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + rules + ": rule 2 (no-regression): no-regression needs --baseline FILE (made by"
                + " analyzer baseline)\n", run.err());
    }

    @Test
    void unreadableInputExitsTwo(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), RULES);
        String missing = dir.resolve("no-such-runs").toString();
        CliRun run = CliRun.of("gate", "--rules", rules.toString(), missing, sample("precopy-q35-small"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("analyzer: " + missing + ": no such file or directory"), run.err());
        CliRun usage = CliRun.of("gate", sample("precopy-q35-small"));
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("Missing required option: '--rules=RULES'"), usage.err());
    }

    /** Baseline written by analyzer baseline, read by gate: the same samples do not regress against themselves. */
    @Test
    void baselineRoundTrip(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("baseline.json");
        CliRun made = CliRun.of("baseline", "-o", baseline.toString(), sample("precopy-q35-small"),
                sample("dst-stalled-400ms"));
        assertEquals(0, made.exitCode(), made.err());
        JsonNode file = new ObjectMapper().readTree(baseline.toFile());
        assertEquals("analyzer-baseline", file.get("format").asText());
        assertEquals(1, file.get("format_version").asInt());
        assertEquals(VersionProvider.version(), file.get("tool_version").asText());
        assertEquals("precopy-q35-small+dst-stalled-400ms", file.get("label").asText());
        assertEquals(4, file.get("inputs").size());
        assertEquals(sample("precopy-q35-small") + "/src.log", file.get("inputs").get(0).get("path").asText());
        Path rules = Files.writeString(dir.resolve("rules.yaml"),
                "version: 1\nrules:\n  - {kind: no-regression, max_change_pct: 10, max_change_us: 100}\n");
        CliRun gate = CliRun.of("gate", "--rules", rules.toString(), "--baseline", baseline.toString(),
                sample("precopy-q35-small"), sample("dst-stalled-400ms"));
        assertEquals(0, gate.exitCode(), gate.err() + gate.out());
        CliRun broken = CliRun.of("gate", "--rules", rules.toString(), "--baseline", rules.toString(),
                sample("precopy-q35-small"));
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().startsWith("analyzer: " + rules + ":1:9: not valid JSON: "), broken.err());
    }
}
