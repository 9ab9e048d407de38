package io.downtime.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Aligned {@code label  value} lines under a heading, as the text renderers print them. */
public final class FieldLines {
    private final List<String[]> rows = new ArrayList<>();

    public FieldLines add(String label, String value) {
        rows.add(new String[]{label, value});
        return this;
    }

    public void print(PrintWriter out, String indent) {
        lines(indent).forEach(out::println);
    }

    /** The lines {@link #print} prints. */
    public List<String> lines(String indent) {
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(indent + row[0] + " ".repeat(width - row[0].length() + 2) + row[1]);
        }
        return lines;
    }
}
