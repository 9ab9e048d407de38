package io.downtime.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives libvirt domain logs the recordings do not have from the real ones in
 * {@code sample-traces/libvirt-one-migration/}: the same lines moved in time (every stamp a line
 * carries, libvirt's, QEMU's ISO and the trace's {@code TID@SECONDS.MICROS}), cut to a range of
 * lines, and joined, so that one log holds several QEMU lifetimes and migrations. Test inputs
 * only; the product never parses lines this way.
 */
public final class LibvirtLogForms {
    public static final String DIR = "libvirt-one-migration/";
    private static final Pattern LIBVIRT_STAMP =
            Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3})\\+0000: ");
    private static final Pattern ISO_STAMP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6})Z ");
    private static final Pattern TRACE_STAMP = Pattern.compile("^(\\d+)@(\\d+)\\.(\\d{6}):");
    private static final DateTimeFormatter LIBVIRT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private LibvirtLogForms() {
    }

    /** The real source-host log: a failed start, a boot, an outgoing migration. */
    public static String sourceLog() {
        return TraceForms.readString(SampleTraces.path(DIR + "src-host-guest-a.log"));
    }

    /** The real destination-host log: one incoming QEMU, still running at the end. */
    public static String destinationLog() {
        return TraceForms.readString(SampleTraces.path(DIR + "dst-host-guest-a.log"));
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) of {@code text}, each with its newline. */
    public static String lines(String text, int from, int to) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(from - 1, to)) + "\n";
    }

    /**
     * One guest back and forth three times, {@code seconds} apart, as the two hosts' domain logs:
     * <pre>
     * host A: src lines 1-175 (failed start; boot; sends migration 1 at t)
     *         + dst lines 1-107 at t+s (a new QEMU with -incoming: receives migration 2)
     *         + src lines 102-175 at t+2s (the same QEMU: initiating migration, sends migration 3, migrated)
     * host B: dst lines 1-107 at t (receives migration 1)
     *         + src lines 102-175 at t+s (the same QEMU sends migration 2 back, migrated)
     *         + dst lines 1-107 at t+2s (a new QEMU receives migration 3)
     * </pre>
     *
     * @return host A's log, then host B's
     */
    public static String[] backAndForth(long seconds) {
        String src = sourceLog();
        String dst = destinationLog();
        String sendAgain = lines(src, 102, 175);
        return new String[]{
                src + shift(dst, seconds) + shift(sendAgain, 2 * seconds),
                dst + shift(sendAgain, seconds) + shift(dst, 2 * seconds)};
    }

    /** Every stamp of every line moved {@code seconds} later; other lines unchanged. */
    public static String shift(String text, long seconds) {
        StringBuilder out = new StringBuilder();
        for (String line : text.lines().toList()) {
            out.append(shiftLine(line, seconds)).append('\n');
        }
        return out.toString();
    }

    private static String shiftLine(String line, long seconds) {
        String shifted = replace(line, LIBVIRT_STAMP, m -> LIBVIRT.format(
                Instant.parse(m.group(1).replace(' ', 'T') + "Z").plusSeconds(seconds)) + "+0000: ");
        if (shifted != null) {
            return shifted;
        }
        shifted = replace(line, ISO_STAMP, m -> ISO.format(Instant.parse(m.group(1) + "Z").plusSeconds(seconds)) + "Z ");
        if (shifted != null) {
            return shifted;
        }
        shifted = replace(line, TRACE_STAMP, m -> m.group(1) + "@" + (Long.parseLong(m.group(2)) + seconds) + "." + m.group(3) + ":");
        return shifted != null ? shifted : line;
    }

    private static String replace(String line, Pattern stamp, Function<Matcher, String> rewrite) {
        Matcher m = stamp.matcher(line);
        if (!m.find()) {
            return null;
        }
        return rewrite.apply(m) + line.substring(m.end());
    }
}
