package io.downtime.robustness;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs of any size with one pathological shape each, made from real sample lines: what a
 * super-linear algorithm in the reader or the report would choke on (thousands of runs, devices,
 * checkpoints, messages, libvirt processes, long lines). Written line by line, never held in memory.
 * Used by {@link LinearTimeTest} and {@link PathologicalInputBenchmark}.
 */
enum PathologicalLogs {
    /** The real migration repeated n times on both hosts, a day apart each time. */
    MIGRATIONS("migrations (the sample, repeated)") {
        @Override
        Inputs write(Path dir, int n) {
            List<String> src = DamagedLogs.lines(SAMPLE + "/src.log");
            List<String> dst = DamagedLogs.lines(SAMPLE + "/dst.log");
            return new Inputs(lines(dir.resolve("src.log"), n, k -> DamagedLogs.joined(src.stream().map(l -> laterDays(l, k)).toList())),
                    lines(dir.resolve("dst.log"), n, k -> DamagedLogs.joined(dst.stream().map(l -> laterDays(l, k)).toList())));
        }
    },
    /** n lines "migrate_set_state new state setup" before the real run on both hosts: n runs of one line. */
    SETUP_LINES("one-line runs (setup)") {
        @Override
        Inputs write(Path dir, int n) {
            List<String> src = DamagedLogs.lines(SAMPLE + "/src.log");
            List<String> dst = DamagedLogs.lines(SAMPLE + "/dst.log");
            return new Inputs(prefixed(dir.resolve("src.log"), n, k -> src.get(0), src), prefixed(dir.resolve("dst.log"), n, k -> dst.get(0), dst));
        }
    },
    /** n more device sections, each saved and loaded once (the slirp lines, renamed). */
    DEVICES("device sections") {
        @Override
        Inputs write(Path dir, int n) {
            return new Inputs(inserted(dir.resolve("src.log"), "src.log", "idstr=slirp", n, k -> "idstr=device" + k),
                    inserted(dir.resolve("dst.log"), "dst.log", "idstr=slirp", n, k -> "idstr=device" + k));
        }
    },
    /** n unknown checkpoints in the source's switchover (the src-vm-stopped line, renamed). */
    CHECKPOINTS("checkpoints") {
        @Override
        Inputs write(Path dir, int n) {
            return new Inputs(inserted(dir.resolve("src.log"), "src.log", "src-vm-stopped", n, k -> "src-step-" + k),
                    copy(dir.resolve("dst.log"), "dst.log"));
        }
    },
    /** n QEMU messages in the source's stderr file beside src.log. */
    MESSAGES("QEMU messages (stderr)") {
        @Override
        Inputs write(Path dir, int n) {
            String message = "2026-11-26T00:47:50.598000Z qemu-system-x86_64: warning: a warning QEMU printed\n";
            lines(dir.resolve("src.stderr"), n, k -> message);
            return new Inputs(copy(dir.resolve("src.log"), "src.log"), copy(dir.resolve("dst.log"), "dst.log"));
        }
    },
    /** libvirt domain logs of n migrations of one guest, a day apart: n QEMU processes on each host. */
    LIBVIRT_PROCESSES("libvirt processes (one migration each)") {
        @Override
        Inputs write(Path dir, int n) {
            List<String> src = DamagedLogs.lines("libvirt-one-migration/src-host-guest-a.log");
            List<String> dst = DamagedLogs.lines("libvirt-one-migration/dst-host-guest-a.log");
            // src lines 53-175: the process that sends the guest (lines 1-52 are a failed start).
            List<String> sender = src.subList(52, src.size());
            return new Inputs(lines(dir.resolve("src.log"), n, k -> DamagedLogs.joined(sender.stream().map(l -> laterDays(l, k)).toList())),
                    lines(dir.resolve("dst.log"), n, k -> DamagedLogs.joined(dst.stream().map(l -> laterDays(l, k)).toList())));
        }
    },
    /** n lines of 60,000 bytes: a device save whose idstr is 10,000 words. */
    LONG_LINES("60 kB lines (device saves)") {
        @Override
        Inputs write(Path dir, int n) {
            StringBuilder idstr = new StringBuilder();
            while (idstr.length() < 60_000) {
                idstr.append("w").append(idstr.length() % 1000).append(' ');
            }
            String line = "6004@1795654070.599017:vmstate_downtime_save type=non-iterable idstr=" + idstr
                    + "instance_id=0 downtime=15\n";
            List<String> src = DamagedLogs.lines(SAMPLE + "/src.log");
            return new Inputs(prefixed(dir.resolve("src.log"), n, k -> line.strip(), src), copy(dir.resolve("dst.log"), "dst.log"));
        }
    };

    static final String SAMPLE = "dst-stalled-400ms";
    private static final Pattern LOG_STAMP = Pattern.compile("^(\\d+)@(\\d+)(\\.\\d{6}:.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T]\\d{2}:\\d{2}:\\d{2})");

    private final String what;

    PathologicalLogs(String what) {
        this.what = what;
    }

    String what() {
        return what;
    }

    /** The two logs of size n in {@code dir}. */
    abstract Inputs write(Path dir, int n);

    record Inputs(Path src, Path dst) {
        /** The size of every file beside the logs (a stderr file too). */
        long bytes() {
            try (var files = Files.list(src.getParent())) {
                return files.mapToLong(file -> file.toFile().length()).sum();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A line moved {@code days} later: log-backend seconds, libvirt's and QEMU's ISO dates alike. */
    static String laterDays(String line, int days) {
        if (days == 0) {
            return line;
        }
        Matcher stamp = LOG_STAMP.matcher(line);
        if (stamp.matches()) {
            return stamp.group(1) + "@" + (Long.parseLong(stamp.group(2)) + 86_400L * days) + stamp.group(3);
        }
        Matcher date = DATE.matcher(line);
        if (date.lookingAt()) {
            return LocalDate.parse(date.group(1)).plusDays(days) + line.substring(date.group(1).length());
        }
        return line;
    }

    private static Path lines(Path file, int n, IntFunction<String> block) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int k = 0; k < n; k++) {
                out.write(block.apply(k));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** n lines, then the sample's lines. */
    private static Path prefixed(Path file, int n, IntFunction<String> line, List<String> sample) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int k = 0; k < n; k++) {
                out.write(line.apply(k));
                out.write('\n');
            }
            out.write(DamagedLogs.joined(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The sample log with n copies of its line holding {@code marker} before it, the marker replaced. */
    private static Path inserted(Path file, String log, String marker, int n, IntFunction<String> replacement) {
        List<String> sample = DamagedLogs.lines(SAMPLE + "/" + log);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : sample) {
                if (line.contains(marker)) {
                    for (int k = 0; k < n; k++) {
                        out.write(line.replace(marker, replacement.apply(k)));
                        out.write('\n');
                    }
                }
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path copy(Path file, String log) {
        return DamagedLogs.write(file, DamagedLogs.text(SAMPLE + "/" + log));
    }
}
