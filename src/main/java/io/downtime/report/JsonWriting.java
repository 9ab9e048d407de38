package io.downtime.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.clock.Estimate;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Field writers the run-set, comparison and gate JSON documents share: absent values are {@code null}. */
final class JsonWriting {
    private JsonWriting() {
    }

    static void number(JsonGenerator json, String field, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.getAsLong());
        } else {
            json.writeNullField(field);
        }
    }

    static void number(JsonGenerator json, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.getAsDouble());
        } else {
            json.writeNullField(field);
        }
    }

    static void string(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** {@code {"low": .., "high": .., "estimate": ..}} as in the report's JSON, or null. */
    static void estimate(JsonGenerator json, String field, Optional<Estimate> estimate) throws IOException {
        if (estimate.isEmpty()) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        number(json, "low", estimate.get().bounds().low());
        number(json, "high", estimate.get().bounds().high());
        number(json, "estimate", estimate.get().value());
        json.writeEndObject();
    }
}
