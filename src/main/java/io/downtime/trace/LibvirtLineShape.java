package io.downtime.trace;

import io.downtime.grammar.LibvirtLineLexer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises, as bytes, the lines {@code LibvirtLine.g4} reads: a line starting with libvirt's
 * timestamp ({@code 2026-11-26 01:05:21.699+0000: }) and a QEMU command-line option line the tool
 * uses ({@code -uuid ...}). Only the start is checked; the grammar decides what the line says.
 */
final class LibvirtLineShape {
    private static final String STAMP = "dddd-dd-dd dd:dd:dd.ddd+dddd: ";
    private static final byte[][] READ_OPTIONS = readOptions().stream()
            .map(option -> option.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

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

    /**
     * The options the grammar reads, from the generated lexer's vocabulary: the literal of every token
     * named {@code *_OPTION} ({@code NAME_OPTION : '-name' ;}), so that an option added to
     * {@code LibvirtLine.g4} reaches this check without a second list to keep in step.
     */
    static List<String> readOptions() {
        List<String> options = new ArrayList<>();
        for (int token = 1; token <= LibvirtLineLexer.VOCABULARY.getMaxTokenType(); token++) {
            String name = LibvirtLineLexer.VOCABULARY.getSymbolicName(token);
            String literal = LibvirtLineLexer.VOCABULARY.getLiteralName(token);
            if (name != null && name.endsWith("_OPTION") && literal != null) {
                options.add(literal.substring(1, literal.length() - 1));
            }
        }
        return List.copyOf(options);
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
