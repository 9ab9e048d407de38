package io.downtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.clock.Estimate;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Fields of the analyzer's JSON documents whose value may be absent: an absent value is written as
 * {@code null}, never left out, so that every document of a format has the same fields.
 */
public final class JsonFields {
    /** Writes one present value (an object, an array) where {@link #object} has written its name. */
    @FunctionalInterface
    public interface ValueWriter<T> {
        void write(T value) throws IOException;
    }

    private JsonFields() {
    }

    /**
     * A record field's value for a document Jackson writes from records (the baseline): a JSON number
     * or null, as {@link #number} streams it; an absent value is null, never left out.
     */
    public static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    public static void number(JsonGenerator json, String field, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.getAsLong());
        } else {
            json.writeNullField(field);
        }
    }

    public static void number(JsonGenerator json, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.getAsDouble());
        } else {
            json.writeNullField(field);
        }
    }

    public static void string(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    public static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** {@code field}, then {@code value} as {@code writer} writes it, or null. */
    public static <T> void object(JsonGenerator json, String field, Optional<T> value, ValueWriter<T> writer)
            throws IOException {
        json.writeFieldName(field);
        if (value.isPresent()) {
            writer.write(value.get());
        } else {
            json.writeNull();
        }
    }

    /**
     * An uncertain time as the report's JSON writes it (docs/report-json.md):
     * {@code {"low": .., "high": .., "estimate": ..}}, each null when unbounded or unknown; null when
     * there is no estimate at all.
     */
    public static void estimate(JsonGenerator json, String field, Optional<Estimate> estimate) throws IOException {
        object(json, field, estimate, value -> estimate(json, value));
    }

    /** The value of {@link #estimate(JsonGenerator, String, Optional)} alone, where its name is written. */
    public static void estimate(JsonGenerator json, Estimate estimate) throws IOException {
        json.writeStartObject();
        number(json, "low", estimate.bounds().low());
        number(json, "high", estimate.bounds().high());
        number(json, "estimate", estimate.value());
        json.writeEndObject();
    }
}
