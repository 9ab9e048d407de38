package io.downtime.robustness;

import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
