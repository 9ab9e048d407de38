package io.downtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An absent value is written as null, never left out (docs/report-json.md). */
class JsonFieldsTest {

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static String object(Fields fields) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        }
        return text.toString();
    }

    @Test
    void absentValuesAreNull() throws IOException {
        assertEquals("{\"a\":405351,\"b\":null,\"c\":0.5,\"d\":null,\"e\":\"x\",\"f\":null}", object(json -> {
            JsonFields.number(json, "a", OptionalLong.of(405351));
            JsonFields.number(json, "b", OptionalLong.empty());
            JsonFields.number(json, "c", OptionalDouble.of(0.5));
            JsonFields.number(json, "d", OptionalDouble.empty());
            JsonFields.string(json, "e", Optional.of("x"));
            JsonFields.string(json, "f", Optional.empty());
        }));
    }

    @Test
    void stringsAreAnArrayEvenWhenEmpty() throws IOException {
        assertEquals("{\"s\":[\"src.log\",\"dst.log\"],\"t\":[]}", object(json -> {
            JsonFields.strings(json, "s", List.of("src.log", "dst.log"));
            JsonFields.strings(json, "t", List.of());
        }));
    }

    @Test
    void anEstimateHasItsThreeFieldsEachNullWhenUnknown() throws IOException {
        // a blackout bounded below only (clocks aligned one way, report.md): low known, high and estimate not
        Estimate below = new Estimate(Interval.atLeast(405351), OptionalLong.empty());
        assertEquals("{\"blackout\":{\"low\":405351,\"high\":null,\"estimate\":null},"
                        + "\"exact\":{\"low\":7,\"high\":7,\"estimate\":7},\"none\":null}",
                object(json -> {
                    JsonFields.estimate(json, "blackout", Optional.of(below));
                    JsonFields.estimate(json, "exact", Optional.of(Estimate.exactly(7)));
                    JsonFields.estimate(json, "none", Optional.empty());
                }));
    }

    @Test
    void aRecordFieldIsTheNumberOrNullAsTheStreamedFieldWritesIt() {
        assertEquals(Long.valueOf(405_351), JsonFields.boxed(OptionalLong.of(405_351)));
        assertEquals(Long.valueOf(0), JsonFields.boxed(OptionalLong.of(0)));
        assertEquals(null, JsonFields.boxed(OptionalLong.empty()));
    }
}
