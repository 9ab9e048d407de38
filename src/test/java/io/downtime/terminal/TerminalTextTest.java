package io.downtime.terminal;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each kind of character is shown as (docs/robustness.md, "Terminal and file-format injection"). */
class TerminalTextTest {

    @Test
    void namedC0Escapes() {
        assertEquals("\\a\\b\\t\\n\\v\\f\\r\\e", TerminalText.escape("\u0007\b\t\n\u000b\f\r\u001b"));
    }

    @Test
    void otherControlsAsCodePoints() {
        assertEquals("\\u0000\\u001f\\u007f\\u0080\\u0085\\u009b\\u009f", TerminalText.escape("\u0000\u001f\u007f\u0080\u0085\u009b\u009f"));
    }

    @Test
    void separatorsAndBidiControlsAsCodePoints() {
        assertEquals("\\u2028\\u2029\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069",
                TerminalText.escape("\u2028\u2029\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"));
    }

    /** Printable text is itself: letters of any script, a backslash, a no-break space, an emoji, U+FFFD. */
    @Test
    void printableTextUnchanged() {
        String text = "café 0000:00:02.0/vfio \\x\u00a0\u05d0\u0634 \ud83d\ude80 \ufffd ~";
        assertSame(text, TerminalText.escape(text));
        assertFalse(TerminalText.escaped('\u00a0'));
        assertFalse(TerminalText.escaped('\u200d'));
        assertTrue(TerminalText.escaped('\u0085'));
    }

    /**
     * The writer escapes whatever is written through it, however it is written (print, a char, a
     * char array, append); only println ends a line.
     */
    @Test
    void writerEndsLinesOnlyAtPrintln() {
        StringWriter text = new StringWriter();
        PrintWriter out = TerminalWriter.guard(new PrintWriter(text), false);
        out.println("a\nb\r\u001b[2K");
        out.print('\u202e');
        out.write("x\ty".toCharArray(), 1, 1);
        out.append("\u0007");
        out.println();
        out.flush();
        assertEquals("a\\nb\\r\\e[2K" + System.lineSeparator() + "\\u202e\\t\\a" + System.lineSeparator(), text.toString());
        assertSame(out, TerminalWriter.guard(out, true));
    }
}
