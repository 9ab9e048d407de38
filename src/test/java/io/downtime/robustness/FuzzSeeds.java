package io.downtime.robustness;

import io.downtime.report.words.StoredReasonWords;
import io.downtime.runset.Baseline;
import io.downtime.runset.BaselineFile;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed inputs of the fuzz tests, made from the real sample traces: Jazzer starts from them and
 * replays them (with every crash it ever found) in every {@code mvn test}. Jazzer reads seeds only as
 * files under {@code src/test/resources/<package>/<Class>Inputs/<method>/}, so they are written there
 * and {@link FuzzSeedsTest} checks that the committed files are what this class makes.
 */
final class FuzzSeeds {
    /** Splits a report fuzz input into the source's and the destination's log. */
    static final byte[] LOG_SEPARATOR = "\n%%%% next log %%%%\n".getBytes(StandardCharsets.US_ASCII);

    private FuzzSeeds() {
    }

    /** Seeds of {@link ReaderFuzzTest#readAnyBytes}: one file each, every line form and event kind. */
    static Map<String, byte[]> reader() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-log-backend", sample("dst-stalled-400ms/src.log"));
        seeds.put("seed-iso-form", text(TraceForms.toIso(string("dst-stalled-400ms/dst.log"))));
        seeds.put("seed-systemtap-form", text(TraceForms.toSystemTap(string("postcopy-random-ram/dst.log"))));
        seeds.put("seed-no-timestamps", sample("precopy-no-timestamps/src.log"));
        seeds.put("seed-strict-events", sample("strict-source-fires-first-5-1/dst.log"));
        seeds.put("seed-strict-stderr-src", sample("strict-source-fires-first-5-1/src.stderr"));
        seeds.put("seed-strict-stderr-dst", sample("strict-destination-fires-50-10/dst.stderr"));
        seeds.put("seed-libvirt-domain-log", sample("libvirt-one-migration/dst-host-guest-a.log"));
        seeds.put("seed-gzip", TraceForms.gzip(sample("dst-killed-at-switchover/src.log")));
        seeds.put("seed-decision-source", sample("full-trace-precopy-limit100/src.log"));
        seeds.put("seed-decision-destination-iso", text(TraceForms.toIso(string("full-trace-kvm-8vcpu-many-devices/dst.log"))));
        return seeds;
    }

    /**
     * Seeds of {@link ShortcutFuzzTest#readAnyLines}: a few lines each, of every understood event the
     * byte-level shortcut reads, in every line form: small inputs, so that the fuzzer tries many.
     */
    static Map<String, byte[]> shortcut() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-device-saves", lines("dst-stalled-400ms/src.log", 1, 12));
        seeds.put("seed-decision", lines("full-trace-precopy-limit100/src.log", 224, 241));
        seeds.put("seed-sections-iso", text(TraceForms.toIso(new String(lines("full-trace-kvm-8vcpu-many-devices/dst.log", 14, 30),
                StandardCharsets.UTF_8))));
        seeds.put("seed-systemtap", text(TraceForms.toSystemTap(new String(lines("full-trace-kvm-8vcpu-many-devices/src.log", 16, 31),
                StandardCharsets.UTF_8))));
        seeds.put("seed-unstamped", lines("precopy-no-timestamps/dst.log", 1, 12));
        seeds.put("seed-strict", lines("strict-destination-fires-50-10/dst.log", 1, 10));
        return seeds;
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) of a sample, each with its line end. */
    private static byte[] lines(String relative, int from, int to) {
        StringBuilder text = new StringBuilder();
        string(relative).lines().skip(from - 1L).limit(to - from + 1L).forEach(line -> text.append(line).append('\n'));
        return text(text.toString());
    }

    /** Seeds of {@link ReportFuzzTest#reportAnyTwoLogs}: a source log, {@link #LOG_SEPARATOR}, a destination log. */
    static Map<String, byte[]> report() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-precopy", pair("dst-stalled-400ms"));
        seeds.put("seed-return-path", pair("precopy-return-path"));
        seeds.put("seed-postcopy", pair("postcopy-random-ram"));
        seeds.put("seed-no-timestamps", pair("precopy-no-timestamps"));
        seeds.put("seed-killed", pair("dst-killed-at-switchover"));
        seeds.put("seed-strict-abort", pair("strict-destination-fires-50-10"));
        seeds.put("seed-full-trace", pair("full-trace-dst-stalled-200"));
        seeds.put("seed-libvirt", pair(sample("libvirt-one-migration/src-host-guest-a.log"),
                sample("libvirt-one-migration/dst-host-guest-a.log")));
        return seeds;
    }

    /**
     * Seeds of {@link RulesFileFuzzTest#readAnyRulesFile}: docs/gate.md's complete example in YAML and
     * its JSON example, and a rule of every kind with every field.
     */
    static Map<String, byte[]> rules() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-gate-md-example", text(String.join("\n",
                "version: 1",
                "rules:",
                "  - {name: blackout-300ms, kind: blackout, max_ms: 300}",
                "  - {name: dst-load-50ms, kind: phase, from: src-downtime-end, to: dst-precopy-loadvm-completed, max_ms: 50}",
                "  - {name: vfio-20ms, kind: device, match: \"*/vfio\", max_us: 20000, when_unknown: skip}",
                "  - {name: clocks, kind: clock-alignment, at_least: one-sided}",
                "  - {name: clean-logs, kind: no-rejected-lines}",
                "  - {name: no-failed-migration, kind: outcome, must_not_be: [failed, aborted-by-strict-mode]}",
                "  - {name: no-regression, kind: no-regression, max_change_pct: 10, max_change_us: 500}",
                "  - {name: rfc-no-abort, kind: strict, policy: rfc, downtime_limit_ms: 300, switchover_limit_ms: 10,"
                        + " must_not: fire}",
                "")));
        seeds.put("seed-gate-md-json", text("{\"version\": 1, \"rules\": [\n"
                + "  {\"name\": \"blackout-300ms\", \"kind\": \"blackout\", \"max_ms\": 300},\n"
                + "  {\"name\": \"no-regression\", \"kind\": \"no-regression\", \"max_change_pct\": 10,"
                + " \"max_change_us\": 500}\n]}\n"));
        seeds.put("seed-every-field", text(String.join("\n",
                "version: 1",
                "rules:",
                "  - kind: blackout",
                "    max_ms: 1000.5",
                "    value: upper-bound",
                "    when_unknown: skip",
                "  - kind: phase",
                "    from: src-downtime-start",
                "    to: src-vm-stopped",
                "    max_ms: 0.25",
                "    value: estimate",
                "  - kind: device",
                "    match: '0000:00:0?.0/*'",
                "    operation: save",
                "    type: non-iterable",
                "    max_us: 5000",
                "  - {kind: clock-alignment, at_least: two-sided}",
                "  - {kind: outcome, must_be: [completed]}",
                "  - kind: no-regression",
                "    max_change_pct: 10",
                "    max_change_us: 500",
                "    alpha: 0.05",
                "    figures: [blackout, qemu_downtime, phase, device_save, device_load]",
                "  - kind: strict",
                "    policy: source-ack",
                "    downtime_limit_ms: 300",
                "    switchover_limit_ms: 10",
                "    must_not: miss-violation",
                "    rtt_ms: 0.4",
                "    when_uncertain: skip",
                "    when_unknown: skip",
                "")));
        return seeds;
    }

    /**
     * Seeds of {@link BaselineFuzzTest#readAnyBaseline}: baselines of real migrations as {@code analyzer
     * baseline} writes them (a one-sided blackout, a two-sided one, none, no timestamps, a libvirt
     * pair), their inputs named relative to the project so that the seeds are the same on every machine.
     */
    static Map<String, byte[]> baselines() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        for (String sampleCase : List.of("dst-stalled-400ms", "precopy-return-path", "dst-killed-at-switchover",
                "precopy-no-timestamps", "libvirt-one-migration")) {
            RunSet set = RunSetLoader.load(List.of(SampleTraces.path(sampleCase).toString()), RunSetOptions.defaults(),
                    diagnostic -> { });
            List<Baseline.Input> inputs = BaselineFile.inputs(set).stream()
                    .map(input -> new Baseline.Input(SampleTraces.root().getParent().relativize(Path.of(input.path()))
                            .toString(), input.bytes(), input.sha256()))
                    .toList();
            StringWriter json = new StringWriter();
            try {
                BaselineFile.write(new Baseline("0.1.0", sampleCase, "auto", "auto", inputs, set.figures()), StoredReasonWords.SENTENCES,
                        json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            seeds.put("seed-" + sampleCase, text(json.toString()));
        }
        return seeds;
    }

    static byte[] pair(String sampleCase) {
        return pair(sample(sampleCase + "/src.log"), sample(sampleCase + "/dst.log"));
    }

    static byte[] pair(byte[] src, byte[] dst) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(src);
        out.writeBytes(LOG_SEPARATOR);
        out.writeBytes(dst);
        return out.toByteArray();
    }

    /** Where Jazzer looks for the seeds of {@code method} of {@code testClass}, in the source tree. */
    static Path directory(Class<?> testClass, String method) {
        return SampleTraces.root().getParent().resolve("src/test/resources")
                .resolve(testClass.getPackageName().replace('.', '/'))
                .resolve(testClass.getSimpleName() + "Inputs").resolve(method);
    }

    private static byte[] sample(String relative) {
        return text(string(relative));
    }

    private static String string(String relative) {
        return TraceForms.readString(SampleTraces.path(relative));
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
