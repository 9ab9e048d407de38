package io.downtime.trace;

import java.nio.charset.StandardCharsets;

/**
 * Recognises, as bytes, the lines {@code LibvirtLine.g4} reads: a line starting with libvirt's
 * timestamp ({@code 2026-11-26 01:05:21.699+0000: }) and a QEMU command-line option line the tool
 * uses ({@code -uuid ...}). Only the start is checked; the grammar decides what the line says.
 */
final class LibvirtLineShape {
    private static final String STAMP = "dddd-dd-dd dd:dd:dd.ddd+dddd: ";
    private static final byte[][] READ_OPTIONS = {
            "-name".getBytes(StandardCharsets.US_ASCII), "-uuid".getBytes(StandardCharsets.US_ASCII),
            "-incoming".getBytes(StandardCharsets.US_ASCII), "-S".getBytes(StandardCharsets.US_ASCII)};

    private LibvirtLineShape() {
    }

    /** {@code YYYY-MM-DD hh:mm:ss.mmm+hhmm: } at {@code p}, with {@code +} or {@code -} for the zone. */
    static boolean isStamped(byte[] b, int p, int end) {
        if (end - p < STAMP.length()) {
            return false;
        }
        for (int i = 0; i < STAMP.length(); i++) {
            char shape = STAMP.charAt(i);
            byte c = b[p + i];
            boolean fits = switch (shape) {
                case 'd' -> c >= '0' && c <= '9';
                case '+' -> c == '+' || c == '-';
                default -> c == shape;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /**
     * One of the command-line options the grammar reads ({@code -name}, {@code -uuid},
     * {@code -incoming}, {@code -S}) followed by a space, a tab or the end of the line. The few
     * dozen other option lines of each QEMU start are non-trace lines and need no parse.
     */
    static boolean isCommandLineOption(byte[] b, int p, int end) {
        for (byte[] option : READ_OPTIONS) {
            int after = p + option.length;
            if (after <= end && startsWith(b, p, option) && (after == end || b[after] == ' ' || b[after] == '\t')) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int p, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[p + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
