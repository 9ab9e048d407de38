package io.downtime.terminal;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The writer of every text output and of standard error: whatever is written through it is shown
 * as {@link TerminalText#escape} shows it, line ends of its own text included. Only
 * {@link #println()} ends a line, so a name holding a line end cannot start a line of its own (a
 * forged {@code gate passed}), and no escape sequence reaches the terminal whichever sentence
 * carries it. Text that must span lines is printed a line at a time.
 */
public final class TerminalWriter extends PrintWriter {
    private TerminalWriter(Writer out, boolean autoFlush) {
        super(out, autoFlush);
    }

    /** {@code out} guarded, or {@code out} itself when it already is. */
    public static PrintWriter guard(PrintWriter out, boolean autoFlush) {
        return out instanceof TerminalWriter ? out : new TerminalWriter(out, autoFlush);
    }

    @Override
    public void write(int c) {
        if (TerminalText.escaped((char) c)) {
            String shown = TerminalText.escape(String.valueOf((char) c));
            super.write(shown, 0, shown.length());
        } else {
            super.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        if (TerminalText.firstEscaped(s, off, off + len) < 0) {
            super.write(s, off, len);
            return;
        }
        String shown = TerminalText.escape(s.subSequence(off, off + len));
        super.write(shown, 0, shown.length());
    }
}
