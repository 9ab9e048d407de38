package io.downtime.report;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break. */
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

    static String escape(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
