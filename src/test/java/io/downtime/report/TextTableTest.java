package io.downtime.report;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Header, rule, aligned columns; widths from the first rows only; escapes counted at their shown width. */
class TextTableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellAndTheLastLeftColumnIsNotPadded() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        TextTable table = new TextTable(out)
                .column("DEVICE", TextTable.Align.LEFT)
                .column("SAVE", TextTable.Align.RIGHT)
                .column("NOTE", TextTable.Align.LEFT);
        table.row("ram", "1.907", "iterable");
        table.row("0000:00:02.0/vfio", "12.5", "x");
        table.finish();
        out.flush();
        // DEVICE is 17 wide (0000:00:02.0/vfio), SAVE 5 (1.907), NOTE 8 (iterable); two spaces between
        String expected = String.join(System.lineSeparator(),
                "DEVICE              SAVE  NOTE",
                "-----------------  -----  --------",
                "ram                1.907  iterable",
                "0000:00:02.0/vfio   12.5  x",
                "");
        assertEquals(expected, text.toString());
    }

    @Test
    void anEscapedCellIsAsWideAsItsEscape() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        TextTable table = new TextTable(out).column("NAME", TextTable.Align.LEFT).column("N", TextTable.Align.RIGHT);
        table.row("a\nb", "1");
        table.finish();
        out.flush();
        // "a\nb" is shown as the four characters a \ n b
        String expected = String.join(System.lineSeparator(), "NAME  N", "----  -", "a\\nb  1", "");
        assertEquals(expected, text.toString());
    }

    @Test
    void rowsAfterTheWidthSampleAreStreamedAtTheSampledWidths() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        TextTable table = new TextTable(out).column("N", TextTable.Align.RIGHT).column("END", TextTable.Align.LEFT);
        for (int i = 0; i < TextTable.WIDTH_SAMPLE; i++) {
            table.row("7", "e");
        }
        // wider than the sample: printed as it is, the column is not widened after the fact
        table.row("12345", "e");
        table.finish();
        out.flush();
        String[] lines = text.toString().split(System.lineSeparator());
        assertEquals(2 + TextTable.WIDTH_SAMPLE + 1, lines.length);
        assertEquals("N  END", lines[0]);
        assertEquals("-  ---", lines[1]);
        assertEquals("7  e", lines[2]);
        assertEquals("12345  e", lines[lines.length - 1]);
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        TextTable table = new TextTable(new PrintWriter(new StringWriter())).column("A", TextTable.Align.LEFT);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> table.row("1", "2"));
        assertEquals("expected 1 cells, got 2", refused.getMessage());
    }
}
