package io.downtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;

/**
 * The frame of every JSON document the analyzer writes: one pretty-printed object that opens with
 * {@code format} and {@code format_version} (what a script checks before it reads on) and ends with
 * a line end.
 */
public final class JsonDocument {
    private JsonDocument() {
    }

    /** Opens the document's object and writes {@code format} and {@code format_version}. */
    public static JsonGenerator begin(Writer out, String format, int version) throws IOException {
        JsonGenerator json = begin(out);
        json.writeStringField("format", format);
        json.writeNumberField("format_version", version);
        return json;
    }

    /** Opens the document's object, for the events listing, whose first field is its events. */
    public static JsonGenerator begin(Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        return json;
    }

    /** Closes the document's object, ends its last line and flushes (the writer stays open). */
    public static void end(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
