package io.downtime.terminal;

/**
 * Text from outside the tool (file and directory names, labels, log fields, baseline strings) as it
 * may be shown on a terminal or written to a text or CSV file: every character that could move the
 * cursor, rewrite a line, set a title or colour, or reorder what is shown is written as an escape
 * instead, so that what the tool prints is what the user reads.
 *
 * <p>Escaped: the C0 controls (U+0000-U+001F) as {@code \a \b \t \n \v \f \r \e} or a
 * backslash, {@code u} and four hex digits (as in Java and JSON); DEL and the C1 controls
 * (U+007F-U+009F, NEL U+0085 among them), the line and paragraph separators U+2028 and U+2029, and
 * the Unicode Bidi_Control characters (U+061C, U+200E, U+200F, the embeddings and overrides
 * U+202A-U+202E, the isolates U+2066-U+2069) likewise: U+202E shows as backslash-u-202e. A
 * backslash itself is left as it is (a name with a backslash reads as written); the JSON documents
 * keep every string whole.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** True when {@code c} is shown as an escape. */
    public static boolean escaped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code text} with every escaped character written as its escape; {@code text} itself when it has none. */
    public static String escape(CharSequence text) {
        int first = firstEscaped(text, 0, text.length());
        if (first < 0) {
            return text.toString();
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        shown.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            appendShown(shown, text.charAt(i));
        }
        return shown.toString();
    }

    /** The index of the first escaped character in {@code text[from, to)}, or -1. */
    static int firstEscaped(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (escaped(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static void appendShown(StringBuilder shown, char c) {
        if (!escaped(c)) {
            shown.append(c);
            return;
        }
        switch (c) {
            case 0x07 -> shown.append("\\a");
            case '\b' -> shown.append("\\b");
            case '\t' -> shown.append("\\t");
            case '\n' -> shown.append("\\n");
            case 0x0B -> shown.append("\\v");
            case '\f' -> shown.append("\\f");
            case '\r' -> shown.append("\\r");
            case 0x1B -> shown.append("\\e");
            default -> shown.append(String.format("\\u%04x", (int) c));
        }
    }
}
