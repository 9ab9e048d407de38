package io.downtime.report;

import io.downtime.terminal.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals and bug reports: a header, a rule, aligned columns. Widths
 * come from the first {@link #WIDTH_SAMPLE} rows; later rows are streamed out as they come, so a
 * long listing does not have to fit in memory.
 */
public final class TextTable {
    public enum Align { LEFT, RIGHT }

    public static final int WIDTH_SAMPLE = 1000;
    private static final String GAP = "  ";

    private final PrintWriter out;
    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<String[]> sample = new ArrayList<>();
    private int[] widths;

    public TextTable(PrintWriter out) {
        this.out = out;
    }

    public TextTable column(String header, Align align) {
        headers.add(header);
        aligns.add(align);
        return this;
    }

    public void row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        // Escaped before the widths are taken: an escape is wider than the character it shows.
        String[] shown = cells;
        for (int i = 0; i < cells.length; i++) {
            String escaped = TerminalText.escape(cells[i]);
            if (!escaped.equals(cells[i])) {
                shown = shown == cells ? cells.clone() : shown;
                shown[i] = escaped;
            }
        }
        if (widths != null) {
            print(shown);
            return;
        }
        sample.add(shown);
        if (sample.size() >= WIDTH_SAMPLE) {
            flushSample();
        }
    }

    /** Prints what is still held back; call once after the last row. */
    public void finish() {
        if (widths == null) {
            flushSample();
        }
    }

    private void flushSample() {
        widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        for (String[] cells : sample) {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        print(headers.toArray(String[]::new));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                rule.append(GAP);
            }
            rule.append("-".repeat(widths[i]));
        }
        out.println(rule);
        sample.forEach(this::print);
        sample.clear();
    }

    private void print(String[] cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(GAP);
            }
            String cell = cells[i];
            int pad = Math.max(0, widths[i] - cell.length());
            boolean last = i == cells.length - 1;
            if (aligns.get(i) == Align.RIGHT) {
                line.append(" ".repeat(pad)).append(cell);
            } else {
                line.append(cell);
                if (!last) {
                    line.append(" ".repeat(pad));
                }
            }
        }
        out.println(line);
    }
}
