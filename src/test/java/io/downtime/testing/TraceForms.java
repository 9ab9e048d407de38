package io.downtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the trace forms no recorded sample has from the real QEMU 10.0.2 files (log backend,
 * {@code TID@SECONDS.MICROS:event}): the QEMU 10.1+ ISO prefix, the SystemTap {@code PID@NANOS} form,
 * and gzip. Test inputs only; the product never parses lines this way.
 */
public final class TraceForms {
    private static final Pattern LOG_PREFIX = Pattern.compile("^(\\d+)@(\\d+)\\.(\\d{6}):(.*)$");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TraceForms() {
    }

    /** {@code 6004@1795654070.597297:ev args} becomes {@code 2026-11-26T00:47:50.597297Z ev args}. */
    public static String toIso(String text) {
        return convert(text, m -> ISO.format(Instant.ofEpochSecond(Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)) * 1000)) + " " + m.group(4));
    }

    /** {@code 6004@1795654070.597297:ev args} becomes {@code 6004@1795654070597297000 ev args}. */
    public static String toSystemTap(String text) {
        return convert(text, m -> m.group(1) + "@" + m.group(2) + m.group(3) + "000 " + m.group(4));
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String readString(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path path, byte[] bytes) {
        try {
            Files.createDirectories(path.getParent());
            return Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface LineRewrite {
        String apply(Matcher stampedLine);
    }

    private static String convert(String text, LineRewrite rewrite) {
        List<String> lines = text.lines().collect(Collectors.toList());
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            Matcher m = LOG_PREFIX.matcher(line);
            out.append(m.matches() ? rewrite.apply(m) : line).append('\n');
        }
        return out.toString();
    }
}
