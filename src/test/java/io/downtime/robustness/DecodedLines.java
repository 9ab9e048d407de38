package io.downtime.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a byte array as docs/formats.md says the reader sees them (LF ends a line, a CR before
 * it is dropped, a last line without LF is a line, bad UTF-8 is U+FFFD), worked out apart from the
 * reader, so the fuzz tests can check a diagnostic's column against the line it names.
 */
final class DecodedLines {
    private final List<String> lines = new ArrayList<>();

    DecodedLines(byte[] bytes) {
        int start = 0;
        while (start < bytes.length) {
            int newline = start;
            while (newline < bytes.length && bytes[newline] != '\n') {
                newline++;
            }
            int end = newline > start && bytes[newline - 1] == '\r' ? newline - 1 : newline;
            lines.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            start = newline + 1;
        }
    }

    int count() {
        return lines.size();
    }

    /** Line {@code number} (1-based), decoded, without its line end. */
    String line(long number) {
        return lines.get((int) (number - 1));
    }
}
