package io.downtime.strict;

import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds, from a released-QEMU sample, the traces a QEMU carrying the RFC would have written, for a given
 * abort limit and counter phases p (source) and q (destination). Where QEMU emits each addition (the
 * patches in shared/seed, and what the real strict-* runs show):
 * <ul>
 *   <li>{@code qemu_savevm_send_downtime} 2 µs after {@code src-iterable-saved} (strict-source-fires-first-5-1:
 *       .575988 -> .575989), carrying the source's counter then;</li>
 *   <li>{@code loadvm_handle_src_downtime} 15 µs after the destination's last iterable load (8 to 21 µs in the
 *       strict runs), which starts the destination's timer;</li>
 *   <li>the source's check after {@code src-vm-stopped} and every save: on firing, the log stops after that
 *       line, {@code cancelling} follows 256 µs later and {@code cancelled} 3 ms later, and stderr gets
 *       {@code Downtime Limit of D ms exceeded by M ms}; the destination, given no message, fails;</li>
 *   <li>the destination's check after every load following the read: on firing,
 *       {@code qemu_loadvm_downtime_abort} 24 µs later (5-1: .581539 -> .581563), then
 *       {@code dst-precopy-loadvm-completed} and {@code failed}; stderr gets {@code Shutdown destination
 *       migration, migration abort_limit(L ms) was reached.}; the source, done saving, fails with
 *       {@code Sibling indicated error 1}.</li>
 * </ul>
 * Only samples whose hosts shared one clock are used (the source's failure is placed after the
 * destination's on the same clock). Runs where both hosts would fire are not built: what the destination
 * still receives after the source cancels is not knowable from a released trace.
 */
final class RfcTraceDerivation {
    private static final Pattern LINE = Pattern.compile("^(\\d+)@(\\d+)\\.(\\d{6}):(\\S+) ?(.*)$");
    /** QEMU's {@code -msg timestamp=on} prefix on stderr. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    /** Which host fired in the derived run. */
    enum Fired { NONE, SOURCE, DESTINATION, BOTH }

    record Derived(Fired fired, String src, String dst, String srcStderr, String dstStderr) {
        Path write(Path directory) {
            TraceForms.write(directory.resolve("src.log"), src.getBytes(StandardCharsets.UTF_8));
            TraceForms.write(directory.resolve("dst.log"), dst.getBytes(StandardCharsets.UTF_8));
            if (!srcStderr.isEmpty()) {
                TraceForms.write(directory.resolve("src.stderr"), srcStderr.getBytes(StandardCharsets.UTF_8));
            }
            if (!dstStderr.isEmpty()) {
                TraceForms.write(directory.resolve("dst.stderr"), dstStderr.getBytes(StandardCharsets.UTF_8));
            }
            return directory;
        }

        /** The same run with every {@code source downtime=} value replaced, as a faulty build might write it. */
        Derived withSourceDowntime(UnaryOperator<String> change) {
            return new Derived(fired, change.apply(src), change.apply(dst), srcStderr, dstStderr);
        }
    }

    private record Line(long thread, long micros, String name, String args) {
        String text() {
            return thread + "@" + micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000) + ":" + name
                    + (args.isEmpty() ? "" : " " + args);
        }

        boolean is(String event, String argument) {
            return name.equals(event) && (argument == null || args.startsWith(argument));
        }
    }

    private RfcTraceDerivation() {
    }

    static Derived derive(String sample, Limits limits, int p, int q) {
        List<Line> src = lines(sample + "/src.log");
        List<Line> dst = lines(sample + "/dst.log");
        long limit = limits.abortLimitMs();
        List<String> srcOut = new ArrayList<>();
        String srcStderr = "";
        long t0 = -1;
        long sent = -1;
        long sourceFiredAt = -1;
        long lastSourceSave = 0;
        for (Line line : src) {
            if (line.is("vmstate_downtime_checkpoint", "src-downtime-start")) {
                t0 = line.micros();
            }
            srcOut.add(line.text());
            boolean check = t0 >= 0 && (line.is("vmstate_downtime_checkpoint", "src-vm-stopped")
                    || line.is("vmstate_downtime_save", null));
            if (check) {
                lastSourceSave = srcOut.size();
            }
            if (check && counter(t0, line.micros(), p) >= limit) {
                long reading = counter(t0, line.micros(), p);
                sourceFiredAt = line.micros();
                srcOut.add(new Line(line.thread(), line.micros() + 256, "migrate_set_state", "new state cancelling").text());
                srcOut.add(new Line(line.thread(), line.micros() + 3_000, "migrate_set_state", "new state cancelled").text());
                srcStderr = iso(line.micros() + 3_006) + " qemu-system-x86_64: Downtime Limit of " + limits.downtimeLimitMs()
                        + " ms exceeded by " + (reading - limits.downtimeLimitMs()) + " ms\n";
                break;
            }
            if (line.is("vmstate_downtime_checkpoint", "src-iterable-saved")) {
                long at = line.micros() + 2;
                sent = counter(t0, at, p);
                srcOut.add(new Line(line.thread(), at, "qemu_savevm_send_downtime",
                        "switchover abort limit=" + limit + ", source downtime=" + sent).text());
            }
        }

        List<String> dstOut = new ArrayList<>();
        String dstStderr = "";
        long destinationFiredAt = -1;
        if (sourceFiredAt >= 0 && sourceFiredAt <= lastSentCheck(src, t0)) {
            // No message: the destination only ever saw the precopy stream, then the cancelled source.
            for (Line line : dst) {
                if (line.is("vmstate_downtime_load", null) || line.is("vmstate_downtime_checkpoint", null)) {
                    break;
                }
                dstOut.add(line.text());
            }
            Line last = dst.get(0);
            dstOut.add(new Line(last.thread(), sourceFiredAt + 4_000, "migrate_set_state", "new state failed").text());
        } else {
            int read = readIndex(dst);
            long received = -1;
            for (int j = 0; j < dst.size(); j++) {
                Line line = dst.get(j);
                dstOut.add(line.text());
                if (j == read) {
                    received = line.micros() + 15;
                    dstOut.add(new Line(line.thread(), received, "loadvm_handle_src_downtime",
                            "switchover abort limit=" + limit + ", source downtime=" + sent).text());
                    continue;
                }
                if (received >= 0 && line.is("vmstate_downtime_load", null)
                        && sent + counter(received, line.micros(), q) >= limit) {
                    long reading = counter(received, line.micros(), q);
                    destinationFiredAt = line.micros();
                    dstOut.add(new Line(line.thread(), line.micros() + 24, "qemu_loadvm_downtime_abort",
                            "switchover abort limit=" + limit + ", destination downtime=" + reading + ", source downtime="
                                    + sent).text());
                    dstOut.add(new Line(line.thread(), line.micros() + 3_000, "vmstate_downtime_checkpoint",
                            "dst-precopy-loadvm-completed").text());
                    dstOut.add(new Line(line.thread(), line.micros() + 3_011, "migrate_set_state", "new state failed").text());
                    dstStderr = iso(line.micros() + 30) + " qemu-system-x86_64: Shutdown destination migration, migration"
                            + " abort_limit(" + limit + " ms) was reached.\n";
                    break;
                }
            }
        }
        Fired fired = sourceFiredAt >= 0 ? (destinationFiredAt >= 0 ? Fired.BOTH : Fired.SOURCE)
                : destinationFiredAt >= 0 ? Fired.DESTINATION : Fired.NONE;
        if (fired == Fired.DESTINATION) {
            // The source saved everything, then heard of the destination's failure over the return path.
            int end = indexOf(srcOut, "src-downtime-end");
            List<String> kept = new ArrayList<>(srcOut.subList(0, end));
            Line first = src.get(src.size() - 1);
            kept.add(new Line(first.thread(), destinationFiredAt + 500, "migrate_set_state", "new state failed").text());
            srcOut = kept;
            srcStderr = iso(destinationFiredAt + 490) + " qemu-system-x86_64: Sibling indicated error 1\n";
        }
        return new Derived(fired, String.join("\n", srcOut) + "\n", String.join("\n", dstOut) + "\n", srcStderr, dstStderr);
    }

    /** The source's last check before the send: a firing there means no message. */
    private static long lastSentCheck(List<Line> src, long t0) {
        long last = Long.MIN_VALUE;
        for (Line line : src) {
            if (line.is("vmstate_downtime_checkpoint", "src-iterable-saved")) {
                return last;
            }
            if (line.micros() >= t0 && (line.is("vmstate_downtime_save", null)
                    || line.is("vmstate_downtime_checkpoint", "src-vm-stopped"))) {
                last = line.micros();
            }
        }
        return last;
    }

    /** The destination's last iterable load before its first device load. */
    private static int readIndex(List<Line> dst) {
        int read = -1;
        for (int j = 0; j < dst.size(); j++) {
            if (dst.get(j).is("vmstate_downtime_load", "type=non-iterable")) {
                return read;
            }
            if (dst.get(j).is("vmstate_downtime_load", "type=iterable")) {
                read = j;
            }
        }
        return read;
    }

    private static int indexOf(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        return lines.size();
    }

    static long counter(long start, long now, int phase) {
        return Math.floorDiv(now + phase, 1000) - Math.floorDiv(start + phase, 1000);
    }

    private static List<Line> lines(String relative) {
        List<Line> lines = new ArrayList<>();
        for (String text : TraceForms.readString(SampleTraces.path(relative)).split("\n")) {
            Matcher m = LINE.matcher(text);
            if (m.matches()) {
                lines.add(new Line(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) * 1_000_000 + Long.parseLong(m.group(3)),
                        m.group(4), m.group(5)));
            }
        }
        return lines;
    }

    private static String iso(long micros) {
        return ISO.format(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
    }
}
