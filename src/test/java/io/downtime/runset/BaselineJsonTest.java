package io.downtime.runset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.report.words.StoredReasonWords;
import io.downtime.testing.SampleTraces;
import io.downtime.json.EstimateJson;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The baseline's schema is stated once, by the records of {@link BaselineJson}: the writer writes them and
 * the reader accepts their fields. The lists below are docs/gate.md's table ("The baseline file"), copied
 * by hand, so that a record changed by mistake changes the file's schema only with this test failing.
 */
class BaselineJsonTest {
    @Test
    void theRecordsStateTheDocumentedSchema() {
        assertEquals(List.of("format", "format_version", "tool_version", "label", "alignment", "inputs", "runs"),
                BaselineJson.DOCUMENT_FIELDS);
        assertEquals(List.of("return_path", "handshake"), BaselineJson.ALIGNMENT_FIELDS);
        assertEquals(List.of("path", "bytes", "sha256"), BaselineJson.INPUT_FIELDS);
        assertEquals(List.of("label", "case", "migration", "migrations", "mode", "source_status", "destination_status",
                "outcome", "clock", "blackout_us", "blackout_unavailable", "qemu_downtime_us", "expected_downtime_us",
                "expected_downtime_unavailable", "phases", "devices"), BaselineJson.RUN_FIELDS);
        assertEquals(List.of("result", "ended_in", "guest_stopped"), BaselineJson.OUTCOME_FIELDS);
        assertEquals(List.of("from", "from_host", "from_kind", "to", "to_host", "to_kind", "occurrence", "in_blackout",
                "duration_us"), BaselineJson.PHASE_FIELDS);
        // the device's times are unwrapped after its name: one object, eight fields
        assertEquals(List.of("idstr", "instance_id", "type", "save_us", "load_us", "saves", "loads",
                "after_guest_started"), BaselineJson.DEVICE_FIELDS);
        assertEquals(List.of("low", "high", "estimate"), BaselineJson.ESTIMATE_FIELDS);
    }

    /**
     * What is written is what the records declare, in their order. full-trace-precopy-limit100 is one
     * precopy migration: its first device in the figures is written as an object of the device's eight
     * fields, its run of the run's sixteen.
     */
    @Test
    void aWrittenBaselineHoldsTheRecordsFieldsInTheirOrder() throws Exception {
        RunSet set = RunSetLoader.load(List.of(SampleTraces.path("full-trace-precopy-limit100").toString()),
                RunSetOptions.defaults(), d -> { });
        Baseline baseline = new Baseline("9.9.9", "one", "auto", "auto", List.of(), set.figures());
        StringWriter out = new StringWriter();
        BaselineFile.write(baseline, StoredReasonWords.SENTENCES, out);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(BaselineJson.fields(BaselineJson.Document.class), names(root));
        JsonNode run = root.get("runs").get(0);
        assertEquals(BaselineJson.fields(BaselineJson.Run.class), names(run));
        assertEquals(BaselineJson.fields(BaselineJson.Device.class), names(run.get("devices").get(0)));
        assertEquals(BaselineJson.fields(BaselineJson.Phase.class), names(run.get("phases").get(0)));
        assertEquals(BaselineJson.fields(EstimateJson.class), names(run.get("blackout_us")));
        // an absent value is written as null, not left out: a precopy run's source status is known, its
        // expected downtime may not be; either way the field is there
        assertEquals(16, run.size());
        assertEquals(1, root.get("runs").size());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
