package io.downtime.trace;

import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.report.EventFields;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Line endings and encodings that must not cost a line. */
class LineEndingsTest {
    @TempDir
    Path dir;

    private final String original = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/src.log"));
    private final List<TraceEvent> expected = ReadResult.read(SampleTraces.path("dst-stalled-400ms/src.log")).events();

    @Test
    void crlfLineEndsGiveTheSameEvents() {
        List<TraceEvent> crlf = read(original.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(expected.size(), crlf.size());
        // The last line is "...:migrate_set_state new state completed": no CR may stick to "completed".
        assertEquals("completed", ((StateChange) crlf.get(crlf.size() - 1)).state());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(EventFields.details(expected.get(i)), EventFields.details(crlf.get(i)));
        }
    }

    @Test
    void mixedLineEndsAndMissingFinalNewline() {
        String mixed = original.strip();
        StringBuilder text = new StringBuilder();
        String[] lines = mixed.split("\n");
        for (int i = 0; i < lines.length; i++) {
            text.append(lines[i]);
            if (i < lines.length - 1) {
                text.append(i % 2 == 0 ? "\r\n" : "\n");
            }
        }
        ReadResult result = ReadResult.read(TraceForms.write(dir.resolve("t.log"), text.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(52, result.accounting().lines());
        assertEquals(52, result.events().size());
    }

    @Test
    void invalidUtf8InAnIdstrKeepsTheLine() {
        // Line 9 of the file: "6004@1795654070.599017:vmstate_downtime_save type=non-iterable idstr=slirp instance_id=0 downtime=15"
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        String marker = "idstr=slirp";
        int at = original.indexOf(marker) + "idstr=sl".length();
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        damaged.write(bytes, 0, at);
        damaged.write(0xC3); // a UTF-8 lead byte with no continuation byte
        damaged.write(bytes, at, bytes.length - at);
        ReadResult result = ReadResult.read(TraceForms.write(dir.resolve("t.log"), damaged.toByteArray()));
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
        assertEquals(52, result.events().size());
        DeviceDowntime slirp = (DeviceDowntime) result.events().get(8);
        assertEquals("sl\uFFFDirp", slirp.idstr());
        assertEquals(15, slirp.downtimeMicros());
    }

    @Test
    void blankAndForeignLinesAreNonTraceLines() {
        String text = "\n   \nsome operator note\n" + original.lines().skip(2).findFirst().orElseThrow() + "\n\n";
        ReadResult result = ReadResult.read(TraceForms.write(dir.resolve("t.log"), text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, result.accounting().lines());
        assertEquals(4, result.accounting().nonTrace());
        assertEquals("src-downtime-start", ((Checkpoint) result.events().get(0)).name());
    }

    private List<TraceEvent> read(byte[] bytes) {
        ReadResult result = ReadResult.read(TraceForms.write(dir.resolve("t.log"), bytes));
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
        return result.events();
    }
}
