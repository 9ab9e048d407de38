package io.downtime.trace;

/**
 * Recognises, as bytes, the two line shapes {@code LibvirtLine.g4} reads: a line starting with
 * libvirt's timestamp ({@code 2026-11-26 01:05:21.699+0000: }) and a QEMU command-line option line
 * ({@code -uuid ...}). Only the shape is checked; the grammar decides what the line says.
 */
final class LibvirtLineShape {
    private static final String STAMP = "dddd-dd-dd dd:dd:dd.ddd+dddd: ";

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

    /** A dash followed by a letter, as every QEMU option is: {@code -name}, {@code -S}. */
    static boolean isCommandLineOption(byte[] b, int p, int end) {
        if (p + 1 >= end || b[p] != '-') {
            return false;
        }
        byte c = b[p + 1];
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
