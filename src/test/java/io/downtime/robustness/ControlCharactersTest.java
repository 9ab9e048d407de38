package io.downtime.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 14, item 6 (docs/robustness.md, "Terminal and file-format injection"): control characters
 * in file and directory names, baseline labels and log fields (an idstr, a checkpoint name, a
 * libvirt guest name, a QEMU message) are shown escaped in every text and CSV output and on stderr,
 * diagnostics included, so that nothing the inputs hold can move the cursor, rewrite a line, set
 * the terminal's title or colours, or reorder what is shown. The JSON keeps the real string.
 *
 * <p>Every input is sample-traces/dst-stalled-400ms (src.log: line 3 src-downtime-start, line 9 the
 * save of slirp, 15 µs; 52 lines) with the hostile text put in; the intact pair's guest stopped at
 * least 405.351 ms.
 */
class ControlCharactersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the issue found: a case directory that prints a forged "gate passed" over the real FAIL line. */
    private static final String FORGED = "x\r\u001b[2Kgate passed: 0 of 1 checks failed\n";
    private static final String FORGED_SHOWN = "x\\r\\e[2Kgate passed: 0 of 1 checks failed\\n";

    @TempDir
    Path dir;

    private final String srcText = DamagedLogs.text("dst-stalled-400ms/src.log");
    private final String dstText = DamagedLogs.text("dst-stalled-400ms/dst.log");

    /**
     * {@code gate} on a case directory named to overwrite its own FAIL line: the FAIL line names the
     * case escaped, and stdout holds exactly the answer: the summary, the count by rule and the one FAIL line
     * (405.351 ms > 300 ms; with every failed check in the answer, no list follows).
     */
    @Test
    void forgedGatePassedInCaseDirectoryIsShownEscaped() {
        Path set = dir.resolve("rs");
        writeCase(set.resolve(FORGED), srcText, dstText);
        Path rules = DamagedLogs.write(dir.resolve("r.yaml"), "version: 1\nrules:\n  - {kind: blackout, max_ms: 300}\n");
        CliRun run = CliRun.of("gate", set.toString(), "--rules", rules.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("gate FAILED: 1 of 1 checks failed, 0 skipped, 0 passed (1 rule of " + rules + " on 1 migration)",
                        "  failed checks by rule: blackout 1",
                        "  FAIL blackout: blackout at least 405.351 ms > limit 300 ms in rs/" + FORGED_SHOWN),
                run.out().lines().toList());
        assertShownEscaped(run.out());
        assertShownEscaped(run.err());
    }

    /** {@code runs} lists the same case escaped, in its table (aligned on the escaped name) and in its CSV. */
    @Test
    void caseDirectoryEscapedInRunsTextAndCsv() {
        Path set = dir.resolve("rs");
        writeCase(set.resolve(FORGED), srcText, dstText);
        CliRun text = CliRun.of("runs", set.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("rs     rs/" + FORGED_SHOWN + "  src.log run 1"), text.out());
        assertShownEscaped(text.out());
        CliRun csv = CliRun.of("runs", "--format", "csv", set.toString());
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals(2, rows.size(), csv.out());
        assertTrue(rows.get(1).startsWith("rs,rs/" + FORGED_SHOWN + ",rs/" + FORGED_SHOWN + ",1,"), rows.get(1));
        assertShownEscaped(csv.out());
    }

    /**
     * A log whose name sets the terminal's title and colour ({@code ESC ] 0;T BEL ESC [31m}), with
     * lines rejected: the diagnostics on stderr name it escaped, and one of them echoes the C1
     * control it rejects (line 11, {@code instance_id=} then U+009B, the one-byte CSI) escaped as
     * well. Columns: line 10 "…downtime=0" is 97 characters, the {@code x} after it column 98; line
     * 11's value starts after 94 characters.
     */
    @Test
    void hostileFileNameAndRejectedCharacterEscapedInDiagnostics() {
        String text = DamagedLogs.replaceLine(srcText, 10, srcText.lines().toList().get(9) + "x");
        text = DamagedLogs.replaceLine(text, 11, srcText.lines().toList().get(10).replace("instance_id=0", "instance_id=\u009b7"));
        Path log = DamagedLogs.write(dir.resolve("s\u001b]0;T\u0007\u001b[31m.log"), text);
        String shown = dir.resolve("s\\e]0;T\\a\\e[31m.log").toString();
        CliRun run = CliRun.of("events", "--summary", log.toString());
        assertEquals(2, run.exitCode());
        assertEquals(shown + ":10:98: expected end of line, found 'x'\n"
                + shown + ":11:95: expected a number, found '\\u009b'\n", run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith(shown + "     52          50")), run.out());
        assertShownEscaped(run.out());
        CliRun csv = CliRun.of("events", "--format", "csv", log.toString());
        assertShownEscaped(csv.out());
        assertShownEscaped(csv.err());
        assertTrue(csv.out().contains("\n" + shown + ",3,"), csv.out());
    }

    /**
     * Log fields that the grammar keeps (it rejects C0 controls in names and messages, not C1 or
     * bidi controls): an idstr with a right-to-left override and NEL (line 9), a checkpoint name
     * with U+2028 (line 3), a QEMU message with the one-byte CSI and bidi isolates. Text, CSV and the
     * events listing show them escaped; the JSON holds the very strings.
     */
    @Test
    void logFieldsEscapedInTextAndCsvKeptInJson() throws IOException {
        String idstr = "sl\u202eprils\u0085x";
        String checkpoint = "src-downtime-start\u2028x";
        String message = "Unable \u009b31m to \u2066write\u2069 to socket";
        List<String> lines = new java.util.ArrayList<>(srcText.lines().toList());
        lines.set(8, lines.get(8).replace("idstr=slirp", "idstr=" + idstr));
        lines.set(2, lines.get(2).replace("src-downtime-start", checkpoint));
        lines.add(20, "2026-11-26T00:47:58.637582Z qemu-system-x86_64: " + message);
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.joined(lines));
        Path dst = DamagedLogs.write(dir.resolve("dst.log"), dstText);

        CliRun text = CliRun.of("report", src.toString(), dst.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("src-downtime-start\\u2028x"), text.out());
        assertTrue(text.out().contains("Unable \\u009b31m to \\u2066write\\u2069 to socket"), text.out());
        assertShownEscaped(text.out());

        CliRun events = CliRun.of("events", src.toString());
        assertTrue(events.out().contains("idstr=sl\\u202eprils\\u0085x"), events.out());
        assertShownEscaped(events.out());

        CliRun csv = CliRun.of("report", "--format", "csv", src.toString(), dst.toString());
        assertTrue(csv.out().contains(",sl\\u202eprils\\u0085x,"), csv.out());
        assertShownEscaped(csv.out());

        CliRun json = CliRun.of("report", "--format", "json", src.toString(), dst.toString());
        assertShownEscaped(json.out());
        JsonNode migration = JSON.readTree(json.out()).path("migrations").get(0);
        assertTrue(migration.path("devices").findValuesAsText("idstr").contains(idstr), json.out());
        assertTrue(migration.findValuesAsText("name").contains(checkpoint), json.out());
        assertTrue(migration.findValuesAsText("text").contains(message), json.out());
    }

    /** A libvirt guest name with a right-to-left override, in both hosts' command lines: shown escaped. */
    @Test
    void libvirtGuestNameEscaped() {
        Path src = DamagedLogs.write(dir.resolve("src.log"), DamagedLogs.text("libvirt-one-migration/src-host-guest-a.log")
                .replace("guest=guest-a", "guest=guest\u202e-a"));
        Path dst = DamagedLogs.write(dir.resolve("dst.log"), DamagedLogs.text("libvirt-one-migration/dst-host-guest-a.log")
                .replace("guest=guest-a", "guest=guest\u202e-a"));
        CliRun run = CliRun.of("report", src.toString(), dst.toString());
        assertTrue(run.out().contains("  guest        guest\\u202e-a, UUID 5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f"), run.out());
        assertShownEscaped(run.out());
        assertShownEscaped(run.err());
    }

    /**
     * A baseline labelled with a colour and a line end: {@code baseline} says what it wrote with the
     * label escaped, {@code compare} heads its comparison with it escaped, and the file keeps it.
     */
    @Test
    void baselineLabelEscaped() throws IOException {
        String label = "lab\u001b[31mel\nFORGED";
        Path file = dir.resolve("b.json");
        String sample = SampleTraces.path("dst-stalled-400ms").toString();
        CliRun made = CliRun.of("baseline", sample, "--label", label, "-o", file.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertEquals("analyzer: wrote " + file + ": 1 migration labelled lab\\e[31mel\\nFORGED\n", made.err());
        assertEquals(label, JSON.readTree(file.toFile()).path("label").asText());
        CliRun compared = CliRun.of("compare", file.toString(), sample);
        assertTrue(compared.out().startsWith("Comparison: baseline lab\\e[31mel\\nFORGED (1 migration"), compared.out());
        assertShownEscaped(compared.out());
        assertShownEscaped(compared.err());
    }

    /** Picocli's own error output quotes the argument it refused: escaped, and the hint after it on a line of its own. */
    @Test
    void usageErrorEscapesTheArgument() {
        CliRun run = CliRun.of("report", "--format", "\u001b]0;owned\u0007text", "x");
        assertEquals(2, run.exitCode());
        assertEquals("analyzer: Invalid value for option '--format': expected one of [TEXT, CSV, JSON, HTML, PERFETTO]"
                + " (case-insensitive) but was '\\e]0;owned\\atext'\nsee 'analyzer help report'\n", run.err());
        assertShownEscaped(run.err());
    }

    /** Nothing in {@code output} acts on a terminal: its only control characters are line ends (CSV's CRLF included). */
    static void assertShownEscaped(String output) {
        String lines = output.replace("\r\n", "\n");
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c != '\n' && acts(c)) {
                fail(String.format("raw U+%04X at %d: %s", (int) c, i, output));
            }
        }
    }

    /** C0, DEL, C1, U+2028/U+2029 and Unicode's Bidi_Control characters, written out here from the standard. */
    private static boolean acts(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' || c == '\u061c'
                || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
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
