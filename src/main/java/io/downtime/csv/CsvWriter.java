package io.downtime.csv;

import io.downtime.terminal.TerminalText;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV: fields quoted when they hold a comma or a quote. Every cell of every CSV output
 * passes {@link #cell}: control characters are written as {@link TerminalText} shows them (a line
 * break in a name as {@code \n}), so a row is one line and nothing in a cell acts on a terminal; and
 * a cell a spreadsheet would run as a formula is made text (docs/robustness.md).
 */
public final class CsvWriter {
    /**
     * A plain decimal number, as spreadsheets read one ({@code -15}, {@code -1.5}, {@code +2},
     * {@code 1e-3}): never a formula, so left as it is even when it starts with a sign.
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private final PrintWriter out;

    public CsvWriter(PrintWriter out) {
        this.out = out;
    }

    public void row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(fields.get(i)));
        }
        out.print(line);
        out.print("\r\n");
    }

    /** One cell as written: escaped, neutralised when it would be a formula, quoted when it must be. */
    static String cell(Object value) {
        String raw = value == null ? "" : value.toString();
        String field = TerminalText.escape(raw);
        if (formula(raw)) {
            field = "'" + field;
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * True when a spreadsheet would take the cell for a formula or a command: it starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP's list), or with
     * the full-width {@code ＝ ＋ － ＠} some spreadsheets also read so, and is not a plain number. The
     * leading {@code '} that neutralises it is what spreadsheets themselves write for text that
     * looks like a formula, and they do not show it.
     */
    static boolean formula(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        char first = raw.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uff1d' || first == '\uff0b' || first == '\uff0d' || first == '\uff20';
        return trigger && !NUMBER.matcher(raw).matches();
    }
}
