package io.downtime.trace;

import io.downtime.model.LineForm;
import io.downtime.model.TraceEvent;
import io.downtime.report.EventFields;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forms no recorded sample has (QEMU 10.1+ ISO prefix, SystemTap, gzip) are made from the
 * real QEMU 10.0.2 files by {@link TraceForms} and must give the same events: same line numbers,
 * same microsecond times, same fields. Only what the form itself changes may differ: the ISO form
 * has no thread id, SystemTap's id is the same number.
 */
class ConvertedFormsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"dst-stalled-400ms/src.log", "dst-stalled-400ms/dst.log", "postcopy-random-ram/dst.log",
            "precopy-kvm-8vcpu-many-devices/src.log", "strict-source-fires-first-5-1/dst.log",
            "strict-source-fires-first-5-1/src.log", "dst-killed-at-switchover/src.log",
            "full-trace-precopy-limit100/src.log", "full-trace-kvm-8vcpu-many-devices/dst.log"})
    void isoSystemTapAndGzipGiveTheSameEvents(String file) {
        String original = TraceForms.readString(SampleTraces.path(file));
        List<TraceEvent> expected = ReadResult.read(SampleTraces.path(file)).events();
        assertTrue(expected.size() > 1);

        List<TraceEvent> iso = read("iso.log", TraceForms.toIso(original).getBytes(StandardCharsets.UTF_8));
        List<TraceEvent> stap = read("stap.log", TraceForms.toSystemTap(original).getBytes(StandardCharsets.UTF_8));
        List<TraceEvent> gzip = read("gz.log", TraceForms.gzip(original.getBytes(StandardCharsets.UTF_8)));

        assertSameEvents(expected, iso, LineForm.ISO_TIME, false);
        assertSameEvents(expected, stap, LineForm.SYSTEMTAP, true);
        assertSameEvents(expected, gzip, LineForm.LOG_THREAD_STAMP, true);
    }

    private List<TraceEvent> read(String name, byte[] bytes) {
        ReadResult result = ReadResult.read(TraceForms.write(dir.resolve(name), bytes));
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
        return result.events();
    }

    private static void assertSameEvents(List<TraceEvent> expected, List<TraceEvent> actual, LineForm form, boolean keepsId) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            TraceEvent e = expected.get(i);
            TraceEvent a = actual.get(i);
            assertEquals(e.kind(), a.kind());
            assertEquals(e.header().where().line(), a.header().where().line());
            assertEquals(e.header().timeMicros(), a.header().timeMicros(), "time of line " + e.header().where().line());
            assertEquals(keepsId ? e.header().id() : OptionalLong.empty(), a.header().id());
            assertEquals(form, a.header().form());
            Map<String, Object> fields = EventFields.details(e);
            assertEquals(fields, EventFields.details(a));
        }
    }
}
