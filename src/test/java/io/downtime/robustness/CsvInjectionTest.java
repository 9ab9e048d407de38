package io.downtime.robustness;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 8 (docs/robustness.md, "CSV and spreadsheets"): a cell a spreadsheet would run as
 * a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return first) is
 * written with a leading {@code '}, in every CSV output; a cell that is a plain number, negative
 * ones included, is left as it is, since no spreadsheet reads a number as a formula.
 *
 * <p>Inputs: sample-traces/dst-stalled-400ms with src.log line 9 (the save of slirp, 15 µs) given
 * another idstr, and case directories with such names.
 */
class CsvInjectionTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    @TempDir
    Path dir;

    private final String srcText = DamagedLogs.text("dst-stalled-400ms/src.log");
    private final String dstText = DamagedLogs.text("dst-stalled-400ms/dst.log");

    /**
     * The idstr of line 9 made a live link: {@code events} writes it in the idstr column, {@code
     * report} in the device section's name, both as text (quoted, since it holds a comma and quotes).
     */
    @Test
    void formulaIdstrNeutralisedInEventsAndReportCsv() {
        Path src = DamagedLogs.write(dir.resolve("src.log"), srcText.replace("idstr=slirp", "idstr=" + HYPERLINK));
        Path dst = DamagedLogs.write(dir.resolve("dst.log"), dstText);
        String cell = "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        CliRun events = CliRun.of("events", "--format", "csv", src.toString());
        assertEquals(0, events.exitCode(), events.err());
        assertTrue(events.out().contains(",vmstate_downtime_save,non-iterable," + cell + ",0,15,"), events.out());
        CliRun report = CliRun.of("report", "--format", "csv", src.toString(), dst.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("\r\n1,device_save,src," + cell + ",0,non-iterable,,15,15,15\r\n"), report.out());
    }

    /**
     * Case directories {@code =1+2}, {@code @SUM(A1)}, {@code +cmd} and {@code -2+3}, each given as a
     * path of {@code runs}: their names (the label, the run, the case) are written as text;
     * {@code -1.5}, a plain number, is left as it is.
     */
    @Test
    void formulaCaseDirectoriesNeutralisedInRunsCsv() {
        List<String> names = List.of("=1+2", "@SUM(A1)", "+cmd", "-2+3", "-1.5");
        List<String> args = new java.util.ArrayList<>(List.of("runs", "--format", "csv"));
        for (String name : names) {
            writeCase(dir.resolve(name), srcText, dstText);
            args.add(dir.resolve(name).toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().toList();
        assertEquals(6, rows.size(), run.out());
        for (String expected : List.of("'=1+2,'=1+2,'=1+2,1,", "'@SUM(A1),'@SUM(A1),'@SUM(A1),1,", "'+cmd,'+cmd,'+cmd,1,",
                "'-2+3,'-2+3,'-2+3,1,", "-1.5,-1.5,-1.5,1,")) {
            assertTrue(rows.stream().anyMatch(row -> row.startsWith(expected)), expected + " in\n" + run.out());
        }
    }

    /**
     * {@code compare} of two sets whose slirp is called {@code @SUM(A1)} (source line 9 and the
     * destination's load of it, dst.log line 5): the figure's name is text in the CSV.
     */
    @Test
    void formulaDeviceNeutralisedInCompareCsv() {
        String src = srcText.replace("idstr=slirp", "idstr=@SUM(A1)");
        String dst = dstText.replace("idstr=slirp", "idstr=@SUM(A1)");
        writeCase(dir.resolve("a"), src, dst);
        writeCase(dir.resolve("b"), src, dst);
        CliRun run = CliRun.of("compare", "--format", "csv", dir.resolve("a").toString(), dir.resolve("b").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\r\ndevice_save,'@SUM(A1) save,src,"), run.out());
        assertTrue(run.out().contains("\r\ndevice_load,'@SUM(A1) load,dst,"), run.out());
    }

    /**
     * Negative numbers stay numbers: src.log line 1 (setup, 1795654070.565871) is 0.597297 − 0.565871
     * = 0.031426 s before src-downtime-start (line 3, .597297), so its time in the report's CSV is
     * −31426 µs in each of value, low and high, written as {@code -31426}.
     */
    @Test
    void negativeNumbersAreNotNeutralised() {
        CliRun run = CliRun.of("report", "--format", "csv", SampleTraces.path("dst-stalled-400ms").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\r\n1,state,src,setup,,," + SampleTraces.path("dst-stalled-400ms/src.log")
                + ":1,-31426,-31426,-31426\r\n"), run.out());
    }

    private static void writeCase(Path caseDir, String src, String dst) {
        try {
            Files.createDirectories(caseDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DamagedLogs.write(caseDir.resolve("src.log"), src);
        DamagedLogs.write(caseDir.resolve("dst.log"), dst);
    }
}
