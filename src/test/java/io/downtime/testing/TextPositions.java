package io.downtime.testing;

/** Where a piece of text stands in a file's text, as the readers' messages say it: {@code line:column}, 1-based. */
public final class TextPositions {
    private TextPositions() {
    }

    /** The line and column where {@code written} first stands in {@code text}. */
    public static String where(String text, String written) {
        int at = text.indexOf(written);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + written);
        }
        String before = text.substring(0, at);
        return (before.chars().filter(c -> c == '\n').count() + 1) + ":" + (at - before.lastIndexOf('\n'));
    }
}
