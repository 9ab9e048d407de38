package io.downtime.robustness;

import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Damaged and hostile logs, made in code from the real samples: each kind of damage a log meets on
 * its way (a full disk, a crash, a log shipper, a hand edit, an attacker) applied to real lines, so
 * that the catalogue tests say exactly what the tool does with each. Test inputs only: the product
 * never handles lines this way.
 */
final class DamagedLogs {
    private static final Pattern LOG_STAMP = Pattern.compile("^(\\d+)@(\\d+)\\.(\\d{6}):(.*)$");

    private DamagedLogs() {
    }

    static String text(String sample) {
        return TraceForms.readString(SampleTraces.path(sample));
    }

    static byte[] bytes(String sample) {
        return text(sample).getBytes(StandardCharsets.UTF_8);
    }

    static List<String> lines(String sample) {
        return text(sample).lines().toList();
    }

    static String joined(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The first {@code length} bytes. */
    static byte[] cut(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    /** Line {@code number} (1-based) replaced. */
    static String replaceLine(String text, int number, String line) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.set(number - 1, line);
        return joined(lines);
    }

    /** Lines {@code a} and {@code b} (1-based) swapped. */
    static String swapLines(String text, int a, int b) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        String first = lines.get(a - 1);
        lines.set(a - 1, lines.get(b - 1));
        lines.set(b - 1, first);
        return joined(lines);
    }

    /** Every {@code TID@SECONDS.MICROS:} line from {@code fromLine} on moved by {@code micros}: a clock step. */
    static String clockStep(String text, int fromLine, long micros) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int i = fromLine - 1; i < lines.size(); i++) {
            Matcher m = LOG_STAMP.matcher(lines.get(i));
            if (m.matches()) {
                long time = Long.parseLong(m.group(2)) * 1_000_000 + Long.parseLong(m.group(3)) + micros;
                lines.set(i, m.group(1) + "@" + time / 1_000_000 + "." + String.format("%06d", time % 1_000_000) + ":" + m.group(4));
            }
        }
        return joined(lines);
    }

    /** The lines of two logs merged in time order, as two processes writing one file leave them. */
    static String interleaved(String first, String second) {
        List<String> all = new ArrayList<>(first.lines().toList());
        all.addAll(second.lines().toList());
        all.sort((a, b) -> Long.compare(micros(a), micros(b)));
        return joined(all);
    }

    /** Every {@code TID@SECONDS.MICROS:event} line in SystemTap's form {@code PID@NANOS event}, with one process id. */
    static String systemTap(String text, long pid) {
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = LOG_STAMP.matcher(line);
            lines.add(m.matches() ? pid + "@" + m.group(2) + m.group(3) + "000 " + m.group(4) : line);
        }
        return joined(lines);
    }

    /** Lines sorted by time, whichever form they are in: SystemTap's nanoseconds or the log backend's seconds. */
    static String interleavedSystemTap(String first, String second) {
        List<String> all = new ArrayList<>(first.lines().toList());
        all.addAll(second.lines().toList());
        all.sort((a, b) -> Long.compare(Long.parseLong(a.substring(a.indexOf('@') + 1, a.indexOf(' '))),
                Long.parseLong(b.substring(b.indexOf('@') + 1, b.indexOf(' ')))));
        return joined(all);
    }

    static long micros(String line) {
        Matcher m = LOG_STAMP.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a log-backend line: " + line);
        }
        return Long.parseLong(m.group(2)) * 1_000_000 + Long.parseLong(m.group(3));
    }

    /** {@code count} bytes from a seeded generator, none of them a line end. */
    static byte[] binaryGarbage(long seed, int count) {
        Random random = new Random(seed);
        byte[] garbage = new byte[count];
        for (int i = 0; i < count; i++) {
            byte b;
            do {
                b = (byte) random.nextInt(256);
            } while (b == '\n' || b == '\r');
            garbage[i] = b;
        }
        return garbage;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What a gzip stream holds up to where it breaks: the bytes a reader gets before the error, read
     * the same way the tool reads (in chunks, keeping every byte delivered before the failure).
     */
    static byte[] gunzipUntilBroken(byte[] gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException broken) {
            // the bytes delivered so far are what the reader sees
        }
        return out.toByteArray();
    }

    static long count(byte[] bytes, byte value) {
        long n = 0;
        for (byte b : bytes) {
            if (b == value) {
                n++;
            }
        }
        return n;
    }

    /**
     * A file of {@code before}, then one line of {@code lineBytes} bytes of {@code filler}, then
     * {@code after}, written in pieces: the test never holds the long line in memory either.
     */
    static Path withHugeLine(Path file, byte[] before, long lineBytes, byte filler, byte[] after) {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, filler);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(before);
            for (long written = 0; written < lineBytes; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, lineBytes - written));
            }
            out.write('\n');
            out.write(after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path write(Path file, byte[] bytes) {
        return TraceForms.write(file, bytes);
    }

    static Path write(Path file, String text) {
        return write(file, utf8(text));
    }
}
