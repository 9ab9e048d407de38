package io.downtime.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue of damaged bytes (docs/robustness.md): logs cut, compressed and broken, binary
 * garbage, NULs, line ends and encodings. Every input is sample-traces/dst-stalled-400ms with one
 * damage, made by {@link DamagedLogs}; each test states the outcome docs/robustness.md promises.
 *
 * <p>The figures of the intact pair (ReportCommandTest derives them): src.log has 52 lines, all
 * understood; QEMU's figure is src-downtime-end (line 51, 070.601408) − src-downtime-start (line 3,
 * 070.597297) = 4.111 ms; the guest stopped at least 405.351 ms.
 */
class DamagedBytesTest {
    private static final String SRC = "dst-stalled-400ms/src.log";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String dst = SampleTraces.path("dst-stalled-400ms/dst.log").toString();

    /**
     * The last line "6004@1795654070.601410:migrate_set_state new state completed" loses its last
     * 5 bytes ("eted" and the line end): it still reads, as the state "compl". Nothing can tell that
     * value is cut but the missing line end, so the report says so and keeps its figures.
     */
    @Test
    void lastLineCutInsideAValue() {
        byte[] original = DamagedLogs.bytes(SRC);
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.cut(original, original.length - 5));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("warning: src.log:52: the log's last line has no line end, which QEMU always"
                + " writes: the file was cut while being written"), run.out());
        // "compl" is not a state that ends a run.
        assertTrue(run.out().contains("Migration 1: precopy, source incomplete, destination completed"), run.out());
        assertTrue(run.out().contains("QEMU's figure  4.111 ms"), run.out());
    }

    /**
     * Cut 10 bytes short ("completed" and the line end): the line ends after "new state ", where a
     * state name must follow. Columns: the stamp "6004@1795654070.601410:" is 23 characters,
     * "migrate_set_state" 17, " new state " 11, so the end of the line is column 52.
     */
    @Test
    void lastLineCutBeforeAValue() {
        byte[] original = DamagedLogs.bytes(SRC);
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.cut(original, original.length - 10));
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(2, run.exitCode());
        assertEquals(src + ":52:52: expected a name, found end of line\n", run.err());
        assertTrue(run.out().contains("QEMU's figure  4.111 ms"), "the other 51 lines are reported: " + run.out());
    }

    /**
     * A gzip file cut in half: every line the broken stream still delivers is read, then one
     * diagnostic names the line where reading stopped. The expected line is counted on what Java's own
     * gzip reader delivers from the same bytes.
     */
    @Test
    void gzipCutInTheMiddle() {
        byte[] gzip = TraceForms.gzip(DamagedLogs.bytes(SRC));
        byte[] cut = DamagedLogs.cut(gzip, gzip.length / 2);
        long complete = DamagedLogs.count(DamagedLogs.gunzipUntilBroken(cut), (byte) '\n');
        assertTrue(complete > 0 && complete < 52, "the cut falls inside the lines: " + complete);
        Path src = DamagedLogs.write(dir.resolve("src.log.gz"), cut);

        CliRun events = CliRun.of("events", "--summary", src.toString());
        assertEquals(2, events.exitCode());
        assertEquals(src + ":" + (complete + 1) + ":1: cannot read further: Unexpected end of ZLIB input stream\n", events.err());
        assertTrue(events.out().contains("src.log.gz  " + padded(complete, 5) + "  " + padded(complete, 10)), events.out());

        CliRun report = CliRun.of("report", src.toString(), dst);
        assertEquals(2, report.exitCode());
        assertTrue(report.out().startsWith("Migration 1: precopy, source incomplete, destination completed"), report.out());
    }

    /** Byte 2 of a gzip header names the compression method; 8 (deflate) is the only one. */
    @Test
    void gzipHeaderDamaged() {
        byte[] gzip = TraceForms.gzip(DamagedLogs.bytes(SRC));
        gzip[2] = 7;
        Path src = DamagedLogs.write(dir.resolve("src.log.gz"), gzip);
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + src + ": cannot open: damaged gzip header: Unsupported compression method\n", run.err());
        assertTrue(run.out().contains("destination  run 1 of " + dst + ": completed"), "the other log is still reported: " + run.out());
    }

    @Test
    void gzipCutInsideItsHeader() {
        Path src = DamagedLogs.write(dir.resolve("src.log"), new byte[]{0x1f, (byte) 0x8b});
        CliRun run = CliRun.of("events", "--summary", src.toString());
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: " + src + ": cannot open: the file ends inside its gzip header (cut short)\n", run.err());
    }

    /**
     * The last 8 bytes of a gzip member are the CRC-32 and the length of the data: with the CRC
     * damaged, all 52 lines decompress and the check fails after them.
     */
    @Test
    void gzipChecksumDamaged() {
        byte[] gzip = TraceForms.gzip(DamagedLogs.bytes(SRC));
        gzip[gzip.length - 8] ^= (byte) 0xff;
        Path src = DamagedLogs.write(dir.resolve("src.log.gz"), gzip);
        CliRun run = CliRun.of("report", src.toString(), dst);
        assertEquals(2, run.exitCode());
        assertEquals(src + ":53:1: cannot read further: Corrupt GZIP trailer\n", run.err());
        assertTrue(run.out().contains("QEMU's figure  4.111 ms"), run.out());
    }

    /**
     * Plain text appended to a compressed log (dst.log's 40 lines after the gzip of src.log). Java's
     * own gzip reader stops at the end of the gzip data as if the file ended there, and those lines
     * would be lost without a word: the 52 compressed lines are read, then reading stops with a
     * diagnostic on line 53.
     */
    @Test
    void plainTextAppendedToGzip() {
        byte[] bytes = DamagedLogs.concat(TraceForms.gzip(DamagedLogs.bytes(SRC)), DamagedLogs.bytes("dst-stalled-400ms/dst.log"));
        Path src = DamagedLogs.write(dir.resolve("src.log.gz"), bytes);
        CliRun run = CliRun.of("events", "--summary", src.toString());
        assertEquals(2, run.exitCode());
        assertEquals(src + ":53:1: cannot read further: bytes follow the end of the gzip data that are not gzip (plain"
                + " text appended to a compressed log?); they are not read\n", run.err());
        assertTrue(run.out().contains("src.log.gz     52          52"), run.out());
    }

    /** Two gzip members one after the other (cat a.gz b.gz) are one input: 52 + 40 = 92 lines, nothing lost. */
    @Test
    void concatenatedGzipMembersAreReadWhole() {
        byte[] bytes = DamagedLogs.concat(TraceForms.gzip(DamagedLogs.bytes(SRC)),
                TraceForms.gzip(DamagedLogs.bytes("dst-stalled-400ms/dst.log")));
        Path both = DamagedLogs.write(dir.resolve("both.log.gz"), bytes);
        CliRun run = CliRun.of("events", "--summary", both.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("both.log.gz     92          92"), run.out());
    }

    /**
     * The gzip of src.log followed by 20,000 empty gzip members (a valid file: gzip -t passes it, and
     * it decompresses to src.log's 52 lines). Java's own gzip reader calls itself once per member that
     * ends without data and overflowed the stack; the members are read in a loop, any number of them.
     * The same file in a run set (with dst.log beside it) is read as the plain pair is: the one
     * migration, paired, at least 405.351 ms (the intact pair's figure).
     */
    @Test
    void twentyThousandEmptyGzipMembersAfterTheData() throws IOException {
        byte[] empty = TraceForms.gzip(new byte[0]);
        byte[][] parts = new byte[20_001][];
        parts[0] = TraceForms.gzip(DamagedLogs.bytes(SRC));
        Arrays.fill(parts, 1, parts.length, empty);
        Path caseDir = Files.createDirectories(dir.resolve("set/case"));
        Path src = DamagedLogs.write(caseDir.resolve("src.log.gz"), DamagedLogs.concat(parts));
        Files.copy(Path.of(dst), caseDir.resolve("dst.log"));

        CliRun events = CliRun.of("events", "--summary", src.toString());
        assertEquals(0, events.exitCode(), events.err());
        assertEquals("", events.err());
        assertTrue(events.out().contains("src.log.gz     52          52"), events.out());

        CliRun runs = CliRun.of("runs", dir.resolve("set").toString());
        assertEquals(0, runs.exitCode(), runs.err());
        assertTrue(runs.out().contains("set/case  src.log.gz run 1  dst.log run 1"), runs.out());
        assertTrue(runs.out().contains("≥405.351 ms"), runs.out());
    }

    /** One byte of the compressed data inverted: whatever zlib says, reading stops there with a diagnostic. */
    @Test
    void gzipDataDamaged() {
        byte[] gzip = TraceForms.gzip(DamagedLogs.bytes(SRC));
        gzip[gzip.length / 2] ^= (byte) 0xff;
        long complete = DamagedLogs.count(DamagedLogs.gunzipUntilBroken(gzip), (byte) '\n');
        Path src = DamagedLogs.write(dir.resolve("src.log.gz"), gzip);
        CliRun run = CliRun.of("events", "--summary", src.toString());
        assertEquals(2, run.exitCode());
        List<String> diagnostics = run.err().lines().toList();
        assertTrue(diagnostics.get(diagnostics.size() - 1).startsWith(src + ":" + (complete + 1) + ":1: cannot read further: "),
                run.err());
        assertTrue(run.out().contains("src.log.gz  " + padded(complete, 5)), run.out());
    }

    /**
     * A block of NUL bytes on a line of its own (a crash leaves such blocks where the file system
     * had allocated space the data never reached): no trace line is in it, so it is foreign text,
     * counted as one non-trace line; every trace line is read.
     */
    @Test
    void blockOfNulsOnItsOwnLine() {
        List<String> lines = DamagedLogs.lines(SRC);
        byte[] bytes = DamagedLogs.concat(DamagedLogs.utf8(DamagedLogs.joined(lines.subList(0, 20))), new byte[4096],
                new byte[]{'\n'}, DamagedLogs.utf8(DamagedLogs.joined(lines.subList(20, 52))));
        Path src = DamagedLogs.write(dir.resolve("src.log"), bytes);
        CliRun run = CliRun.of("events", "--summary", src.toString());
        assertEquals(0, run.exitCode(), run.err());
        // 53 lines: the 52 trace lines understood, the NUL block one non-trace line.
        assertTrue(run.out().contains("src.log     53          52             0          1         0"), run.out());
    }

    /**
     * NULs in front of a trace line (the crash's hole, then QEMU's next line): the line is rejected
     * with the first NUL's position, never quietly taken for foreign text. Line 11 is the save of
     * dirty-bitmap (downtime=1), which dst.log never loads: that device is gone from the report,
     * and the report says why on stderr.
     */
    @Test
    void nulsGluedToTheFrontOfALine() throws IOException {
        List<String> lines = DamagedLogs.lines(SRC);
        byte[] bytes = DamagedLogs.concat(DamagedLogs.utf8(DamagedLogs.joined(lines.subList(0, 10))), new byte[3000],
                DamagedLogs.utf8(DamagedLogs.joined(lines.subList(10, 52))));
        Path src = DamagedLogs.write(dir.resolve("src.log"), bytes);
        CliRun run = CliRun.of("report", "--format", "json", src.toString(), dst);
        assertEquals(2, run.exitCode());
        assertEquals(src + ":11:1: unexpected control character U+0000\n", run.err());
        JsonNode input = JSON.readTree(run.out()).path("inputs").get(0);
        assertEquals(52, input.path("lines").asInt());
        assertEquals(51, input.path("understood").asInt());
        assertEquals(1, input.path("rejected").asInt());
        for (JsonNode device : JSON.readTree(run.out()).path("migrations").get(0).path("devices")) {
            assertTrue(!device.path("idstr").asText().equals("dirty-bitmap"), device.toString());
        }
        assertEquals(4111, JSON.readTree(run.out()).path("migrations").get(0).path("qemu_downtime_us").asLong());
    }

    /** 4,096 bytes of binary garbage (no line end in them) between lines 20 and 21: one line more, no trace line lost. */
    @Test
    void binaryGarbageBetweenLines() {
        List<String> lines = DamagedLogs.lines(SRC);
        byte[] bytes = DamagedLogs.concat(DamagedLogs.utf8(DamagedLogs.joined(lines.subList(0, 20))),
                DamagedLogs.binaryGarbage(20261126, 4096), new byte[]{'\n'},
                DamagedLogs.utf8(DamagedLogs.joined(lines.subList(20, 52))));
        Path src = DamagedLogs.write(dir.resolve("src.log"), bytes);
        CliRun run = CliRun.of("report", "--format", "json", src.toString(), dst);
        JsonNode input = readJson(run).path("inputs").get(0);
        assertEquals(53, input.path("lines").asInt());
        assertEquals(52, input.path("understood").asInt());
        assertEquals(1, input.path("non_trace").asInt() + input.path("rejected").asInt());
        assertEquals(4111, readJson(run).path("migrations").get(0).path("qemu_downtime_us").asLong());
    }

    /**
     * 200 bytes of binary garbage in the middle of line 9 (the save of slirp): control bytes among
     * them reject that line, with its number; the other 51 lines are read.
     */
    @Test
    void binaryGarbageInsideALine() {
        String line9 = DamagedLogs.lines(SRC).get(8);
        int at = line9.indexOf("idstr=sl") + "idstr=sl".length();
        byte[] damaged = DamagedLogs.concat(DamagedLogs.utf8(line9.substring(0, at)), DamagedLogs.binaryGarbage(9, 200),
                DamagedLogs.utf8(line9.substring(at)));
        List<String> lines = DamagedLogs.lines(SRC);
        byte[] bytes = DamagedLogs.concat(DamagedLogs.utf8(DamagedLogs.joined(lines.subList(0, 8))), damaged,
                new byte[]{'\n'}, DamagedLogs.utf8(DamagedLogs.joined(lines.subList(9, 52))));
        Path src = DamagedLogs.write(dir.resolve("src.log"), bytes);
        CliRun run = CliRun.of("events", "--summary", src.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(src + ":9:"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.out().contains("src.log     52          51             0          0         1"), run.out());
    }

    /** CRLF line ends on both hosts, and a mix of CRLF and LF: the same report as the original. */
    @Test
    void crlfAndMixedLineEndsReportTheSame() throws IOException {
        String srcText = DamagedLogs.text(SRC);
        String dstText = DamagedLogs.text("dst-stalled-400ms/dst.log");
        Path plainSrc = DamagedLogs.write(dir.resolve("plain/src.log"), srcText);
        Path plainDst = DamagedLogs.write(dir.resolve("plain/dst.log"), dstText);
        Path crlfSrc = DamagedLogs.write(dir.resolve("crlf/src.log"), srcText.replace("\n", "\r\n"));
        Path crlfDst = DamagedLogs.write(dir.resolve("crlf/dst.log"), dstText.replace("\n", "\r\n"));
        StringBuilder mixed = new StringBuilder();
        List<String> lines = srcText.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            mixed.append(lines.get(i)).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        Path mixedSrc = DamagedLogs.write(dir.resolve("mixed/src.log"), mixed.toString());
        Path mixedDst = DamagedLogs.write(dir.resolve("mixed/dst.log"), dstText);

        String original = report(plainSrc, plainDst).replace(dir.resolve("plain").toString(), "DIR");
        assertEquals(original, report(crlfSrc, crlfDst).replace(dir.resolve("crlf").toString(), "DIR"));
        assertEquals(original, report(mixedSrc, mixedDst).replace(dir.resolve("mixed").toString(), "DIR"));
        assertTrue(original.contains("\"qemu_downtime_us\" : 4111"), original);
    }

    /**
     * A byte that is not UTF-8 (0xC3 without its continuation) inside "slirp" on line 9: the line is
     * kept, the byte read as U+FFFD, and the device keeps its 15 µs save.
     */
    @Test
    void invalidUtf8KeepsTheDevice() throws IOException {
        byte[] original = DamagedLogs.bytes(SRC);
        String text = DamagedLogs.text(SRC);
        int at = text.indexOf("idstr=slirp") + "idstr=sl".length();
        byte[] damaged = DamagedLogs.concat(Arrays.copyOf(original, at), new byte[]{(byte) 0xC3},
                Arrays.copyOfRange(original, at, original.length));
        Path src = DamagedLogs.write(dir.resolve("src.log"), damaged);
        CliRun run = CliRun.of("report", "--format", "json", src.toString(), dst);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode slirp = device(JSON.readTree(run.out()), "sl\uFFFDirp");
        assertEquals(15, slirp.path("save_us").asLong());
    }

    /**
     * A UTF-8 byte order mark (an editor's) in front of the first line: that line is rejected with the
     * mark named by its code point, which a terminal would not show; the rest of the file is read.
     */
    @Test
    void byteOrderMarkRejectsTheFirstLine() {
        byte[] bytes = DamagedLogs.concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, DamagedLogs.bytes(SRC));
        Path src = DamagedLogs.write(dir.resolve("src.log"), bytes);
        CliRun run = CliRun.of("events", "--summary", src.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(src + ":1:1: ") && run.err().contains("found character U+FEFF"), run.err());
        assertTrue(run.out().contains("src.log     52          51             0          0         1"), run.out());
    }

    /**
     * A terminal escape sequence in a QEMU message would reach the user's terminal through the
     * report: the line is rejected instead. In the unread arguments of an event this tool does not
     * interpret, the same bytes harm nothing and the line is counted as that event (as the reader's
     * prefilter counts it without looking past the name; found by ReaderFuzzTest).
     */
    @Test
    void controlCharactersInAMessageAndInUnreadArguments() {
        String escape = "\u001b]0;owned\u0007\u001b[2J";
        String text = DamagedLogs.joined(List.of(
                "2026-11-26T00:47:50.597297Z qemu-system-x86_64: " + escape + "hello",
                "6004@1795654070.598000:ram_save_iterate " + escape));
        Path log = DamagedLogs.write(dir.resolve("src.log"), text);
        for (String otherEvents : List.of("--summary", "--other-events")) {
            CliRun run = CliRun.of("events", otherEvents, log.toString());
            assertEquals(2, run.exitCode());
            // Column 49: the ISO stamp is 27 characters, then a space, "qemu-system-x86_64:" (19) and a space: 48.
            assertEquals(log + ":1:49: unexpected control character U+001B\n", run.err());
            assertTrue(!run.out().contains("\u001b"), "no escape reaches the output");
        }
        CliRun counted = CliRun.of("events", "--summary", log.toString());
        assertTrue(counted.out().contains("src.log      2           0             1          0         1"), counted.out());
    }

    private static JsonNode device(JsonNode report, String idstr) {
        for (JsonNode device : report.path("migrations").get(0).path("devices")) {
            if (device.path("idstr").asText().equals(idstr)) {
                return device;
            }
        }
        throw new AssertionError("no device " + idstr);
    }

    private static JsonNode readJson(CliRun run) {
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + run.out(), e);
        }
    }

    private static String report(Path src, Path dst) {
        CliRun run = CliRun.of("report", "--format", "json", src.toString(), dst.toString());
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    private static String padded(long value, int width) {
        String text = Long.toString(value);
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
