package io.downtime.csv;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every CSV cell: escaped, neutralised when a spreadsheet would run it, quoted when it must be (docs/robustness.md). */
class CsvWriterTest {

    @Test
    void formulaTriggersGetALeadingQuote() {
        assertEquals("'=1+2", CsvWriter.cell("=1+2"));
        assertEquals("'+cmd", CsvWriter.cell("+cmd"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\\tx", CsvWriter.cell("\tx"));
        assertEquals("'\\r=1", CsvWriter.cell("\r=1"));
        assertEquals("'\uff1d1+2", CsvWriter.cell("\uff1d1+2"));
        assertEquals("\"'=cmd|' /C calc'!A0,\"\"x\"\"\"", CsvWriter.cell("=cmd|' /C calc'!A0,\"x\""));
        assertEquals("'-", CsvWriter.cell("-"));
    }

    /** What spreadsheets read as a number is one: no quote, whatever its sign. */
    @Test
    void numbersAreLeftAlone() {
        for (String number : new String[]{"-15", "-1.5", "+2", "-.5", "1e-3", "-2E+10", "0", "-9223372036854775808"}) {
            assertEquals(number, CsvWriter.cell(number));
        }
        assertEquals("-31426", CsvWriter.cell(-31426L));
        assertEquals("-1.5", CsvWriter.cell(-1.5));
    }

    @Test
    void plainTextAndEmptyCells() {
        assertEquals("slirp", CsvWriter.cell("slirp"));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("a=b", CsvWriter.cell("a=b"));
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("x\\ny", CsvWriter.cell("x\ny"));
    }

    @Test
    void rowsAreCommaSeparatedAndEndInCrLf() {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(new PrintWriter(text));
        csv.row(List.of("run", "blackout_us"));
        // a null cell is empty, a number is written as toString gives it
        csv.row(Arrays.asList("dst-stalled-400ms", 405351L, null));
        assertEquals("run,blackout_us\r\ndst-stalled-400ms,405351,\r\n", text.toString());
    }

    @Test
    void aQuoteIsDoubledInsideTheQuotedCell() {
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
    }
}
