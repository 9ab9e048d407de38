package io.downtime.gate;

import io.downtime.clock.AlignmentQuality;
import io.downtime.compare.Thresholds;
import io.downtime.model.DeviceOperation;
import io.downtime.strict.Limits;
import io.downtime.strict.Policies;
import io.downtime.strict.ReplayOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesFileTest {

    /** The docs/gate.md example, in YAML and in JSON: the same rules. */
    @Test
    void yamlAndJsonReadAlike(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("rules.yaml"), String.join("\n",
                "version: 1",
                "rules:",
                "  - name: blackout-300ms",
                "    kind: blackout",
                "    max_ms: 300",
                "  - kind: phase",
                "    from: src-downtime-end",
                "    to: dst-precopy-loadvm-completed",
                "    max_ms: 50",
                "    value: upper-bound",
                "    when_unknown: skip",
                "  - kind: device",
                "    match: '*/vfio'",
                "    operation: load",
                "    max_us: 20000",
                "  - kind: clock-alignment",
                "    at_least: two-sided",
                "  - kind: no-rejected-lines",
                "  - kind: no-regression",
                "    max_change_pct: 10",
                "    max_change_us: 500",
                "  - kind: blackout",
                "    max_ms: 1000.5",
                "  - kind: strict",
                "    policy: source-ack",
                "    downtime_limit_ms: 300",
                "    switchover_limit_ms: 10",
                "    must_not: miss-violation",
                "    rtt_ms: 0.25",
                "    when_uncertain: skip",
                ""));
        Path json = Files.writeString(dir.resolve("rules.json"), "{\"version\": 1, \"rules\": ["
                + "{\"name\": \"blackout-300ms\", \"kind\": \"blackout\", \"max_ms\": 300},"
                + "{\"kind\": \"phase\", \"from\": \"src-downtime-end\", \"to\": \"dst-precopy-loadvm-completed\","
                + " \"max_ms\": 50, \"value\": \"upper-bound\", \"when_unknown\": \"skip\"},"
                + "{\"kind\": \"device\", \"match\": \"*/vfio\", \"operation\": \"load\", \"max_us\": 20000},"
                + "{\"kind\": \"clock-alignment\", \"at_least\": \"two-sided\"},"
                + "{\"kind\": \"no-rejected-lines\"},"
                + "{\"kind\": \"no-regression\", \"max_change_pct\": 10, \"max_change_us\": 500},"
                + "{\"kind\": \"blackout\", \"max_ms\": 1000.5},"
                + "{\"kind\": \"strict\", \"policy\": \"source-ack\", \"downtime_limit_ms\": 300,"
                + " \"switchover_limit_ms\": 10, \"must_not\": \"miss-violation\", \"rtt_ms\": 0.25,"
                + " \"when_uncertain\": \"skip\"}]}");
        RuleBook fromYaml = RulesFile.read(yaml);
        RuleBook fromJson = RulesFile.read(json);
        assertEquals(fromYaml.rules(), fromJson.rules());
        assertEquals(List.of(
                new BlackoutRule("blackout-300ms", 300_000, BoundChoice.LOWER_BOUND, UnknownPolicy.FAIL),
                new PhaseRule("phase", "src-downtime-end", "dst-precopy-loadvm-completed", 50_000,
                        BoundChoice.UPPER_BOUND, UnknownPolicy.SKIP),
                new DeviceRule("device", new DeviceGlob("*/vfio"), Optional.of(DeviceOperation.LOAD), Optional.empty(),
                        20_000, UnknownPolicy.FAIL),
                new ClockRule("clock-alignment", AlignmentQuality.TWO_SIDED),
                new NoRejectedLinesRule("no-rejected-lines"),
                new NoRegressionRule("no-regression", new Thresholds(Thresholds.DEFAULT_ALPHA, 500, 10),
                        NoRegressionRule.DEFAULT_FIGURES),
                // a second unnamed blackout rule: the kind, numbered
                new BlackoutRule("blackout", 1_000_500, BoundChoice.LOWER_BOUND, UnknownPolicy.FAIL),
                new StrictRule("strict", Policies.SOURCE_ACK, new Limits(300, 10), StrictExpectation.MISS_VIOLATION,
                        new ReplayOptions(OptionalLong.of(250)), UnknownPolicy.SKIP, UnknownPolicy.FAIL)),
                fromYaml.rules());
        assertTrue(fromYaml.needsBaseline());
    }

    @Test
    void unnamedRulesOfOneKindAreNumbered(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("r.yml"), "version: 1\nrules:\n  - {kind: blackout, max_ms: 1}\n"
                + "  - {kind: blackout, max_ms: 2}\n  - {kind: blackout, max_ms: 3, name: blackout-2}\n");
        assertEquals(List.of("blackout", "blackout-3", "blackout-2"),
                RulesFile.read(file).rules().stream().map(Rule::name).toList());
    }

    /**
     * Every error names the file, the line and column (of the field's key; of the mapping when the
     * field is missing), and the rule (number and name) and field when there is one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no version       | rules: [{kind: blackout, max_ms: 1}]                              | F:1:1: version: missing (write version: 1)",
            "future version   | 'version: 2\nrules: [{kind: blackout, max_ms: 1}]'                 | F:1:1: version: 2 is not a version this analyzer reads (it reads 1)",
            "no rules         | 'version: 1\nrules: []'                                            | F:2:1: rules: expected a list of at least one rule",
            "unknown top      | 'version: 1\nrule: []'                                             | F:2:1: rule: unknown field (known: version, rules)",
            "unknown kind     | 'version: 1\nrules: [{kind: latency, max_ms: 1}]'                   | F:2:10: rule 1: kind: \"latency\" is not a rule kind (known: blackout, clock-alignment, device, no-regression, no-rejected-lines, outcome, phase, prediction-error, strict)",
            "missing limit    | 'version: 1\nrules: [{name: b, kind: blackout}]'                    | F:2:9: rule 1 (b): max_ms: missing",
            "text limit       | 'version: 1\nrules: [{kind: blackout, max_ms: abc}]'                | F:2:26: rule 1 (blackout): max_ms: expected a number of milliseconds from 0 to 86400000 (a day), got \"abc\"",
            "finer than µs    | 'version: 1\nrules: [{kind: blackout, max_ms: 0.0005}]'             | F:2:26: rule 1 (blackout): max_ms: 0.0005 ms is finer than a microsecond",
            "typo in a field  | 'version: 1\nrules: [{kind: blackout, max_msec: 1}]'                | F:2:26: rule 1 (blackout): max_msec: unknown field for a blackout rule (known: name, kind, max_ms, value, when_unknown)",
            "bad choice       | 'version: 1\nrules: [{kind: blackout, max_ms: 1, value: middle}]'   | F:2:37: rule 1 (blackout): value: \"middle\" is not one of lower-bound, upper-bound, estimate",
            "fractional µs    | 'version: 1\nrules: [{kind: device, match: x, max_us: 1.5}]'        | F:2:34: rule 1 (device): max_us: expected a whole number of µs from 0 to 86400000000 (a day), got 1.5",
            "second rule      | 'version: 1\nrules: [{kind: no-rejected-lines}, {kind: clock-alignment}]' | F:2:36: rule 2 (clock-alignment): at_least: missing (one of one-sided, two-sided)",
            "duplicate name   | 'version: 1\nrules: [{name: a, kind: no-rejected-lines}, {name: a, kind: no-rejected-lines}]' | F:2:46: rule 2 (a): name: \"a\" is the name of an earlier rule; names must be unique",
            "name with a dot  | 'version: 1\nrules: [{name: a.b, kind: no-rejected-lines}]'        | F:2:10: rule 1 (a.b): name: \"a.b\": use letters, digits, - and _ (it becomes the JUnit classname gate.NAME)",
            "bad figure kind  | 'version: 1\nrules: [{kind: no-regression, max_change_pct: 1, max_change_us: 1, figures: [devices]}]' | F:2:68: rule 1 (no-regression): figures: \"devices\" is not a figure kind (known: blackout, device_load, device_save, expected_downtime, phase, prediction_error, qemu_downtime)",
            "bad alpha        | 'version: 1\nrules: [{kind: no-regression, max_change_pct: 1, max_change_us: 1, alpha: 1.5}]' | F:2:68: rule 1 (no-regression): alpha: expected a significance level between 0 and 1, got 1.5",
            "strict, ms       | 'version: 1\nrules: [{kind: strict, policy: rfc, downtime_limit_ms: 7.5, switchover_limit_ms: 1, must_not: fire}]' | F:2:37: rule 1 (strict): downtime_limit_ms: expected a whole number of milliseconds from 0 to 2000000 (QEMU takes whole ms, up to 2000 s), got 7.5",
            "strict, policy   | 'version: 1\nrules: [{kind: strict, policy: fast, downtime_limit_ms: 7, switchover_limit_ms: 1, must_not: fire}]' | F:2:24: rule 1 (strict): policy: \"fast\" is not one of rfc, total, source-ack",
            "strict, must_not | 'version: 1\nrules: [{kind: strict, policy: rfc, downtime_limit_ms: 7, switchover_limit_ms: 1}]' | F:2:9: rule 1 (strict): must_not: missing (one of fire, miss-violation)",
            "not a mapping    | 'version: 1\nrules: [blackout]'                                     | F:2:9: rule 1: expected a mapping with kind and its limits",
    })
    void errors(String name, String text, String expected, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rules.yaml"), text.replace("\\n", "\n"));
        RulesException e = assertThrows(RulesException.class, () -> RulesFile.read(file));
        assertEquals(expected.replace("F:", file + ":"), e.getMessage());
    }

    @Test
    void syntaxErrorsGiveLineAndColumn(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nrules:\n  - kind: [blackout\n");
        RulesException e = assertThrows(RulesException.class, () -> RulesFile.read(yaml));
        // "  - kind: [blackout" ends at column 19: the flow list is left open there
        assertTrue(e.getMessage().startsWith(yaml + ":3:20: not valid YAML: "), e.getMessage());
        Path json = Files.writeString(dir.resolve("rules.json"), "{\"version\": 1,\n \"rules\": [}");
        RulesException j = assertThrows(RulesException.class, () -> RulesFile.read(json));
        assertTrue(j.getMessage().startsWith(json + ":2:12: not valid JSON: "), j.getMessage());
        RulesException missing = assertThrows(RulesException.class, () -> RulesFile.read(dir.resolve("none.yaml")));
        assertEquals(dir.resolve("none.yaml") + ": no such file", missing.getMessage());
    }

    @Test
    void globsMatchWholeIdstrs() {
        DeviceGlob vfio = new DeviceGlob("*/vfio");
        assertTrue(vfio.matches("0000:00:02.0/vfio"));
        assertTrue(!vfio.matches("0000:00:02.0/vfio-pci"));
        assertTrue(new DeviceGlob("0000:00:0?.0/*").matches("0000:00:05.0/virtio-net"));
        assertTrue(new DeviceGlob("a.b").matches("a.b") && !new DeviceGlob("a.b").matches("axb"), "dots are literal");
        assertTrue(new DeviceGlob("ram").matches("ram") && !new DeviceGlob("ram").matches("ramx"));
        assertEquals(Set.of(), Set.of());
    }
}
