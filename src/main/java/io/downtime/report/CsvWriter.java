package io.downtime.report;

import io.downtime.terminal.TerminalText;
import java.io.PrintWriter;
import java.util.List;

/**
 * RFC 4180 CSV: fields quoted when they hold a comma or a quote. Control characters are written as
 * {@link TerminalText} shows them (a line break in a name as {@code \\n}), so a row is one line
 * and nothing in a cell acts on a terminal.
 */
public final class CsvWriter {
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
            Object field = fields.get(i);
            line.append(escape(field == null ? "" : field.toString()));
        }
        out.print(line);
        out.print("\r\n");
    }

    static String escape(String raw) {
        String field = TerminalText.escape(raw);
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
