package io.downtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.downtime.terminal.TerminalText;

import java.io.IOException;
import java.io.Writer;

/**
 * The frame of every JSON document the analyzer writes: one pretty-printed object that opens with
 * {@code format} and {@code format_version} (what a script checks before it reads on) and ends with
 * a line end.
 */
public final class JsonDocument {
    private static final TerminalSafeEscapes ESCAPES = new TerminalSafeEscapes();
    /**
     * Writes the records that state a document's schema: a component {@code saveUs} is the field
     * {@code save_us}; nulls are written (an absent value is null in every document, never left out).
     * The generator is the document's (its escapes, its pretty printer): the mapper writes into it and
     * leaves flushing to the document.
     */
    private static final ObjectMapper RECORDS = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

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
        JsonGenerator json = generator(out);
        json.writeStartObject();
        return json;
    }

    /**
     * Writes a whole document given as a record whose first components are {@code format} and
     * {@code format_version}: the record is the document's schema (its components, in snake_case, in
     * their order), written as {@link #begin} and {@link #end} frame the streamed documents.
     */
    public static void write(Writer out, Record document) throws IOException {
        JsonGenerator json = generator(out);
        RECORDS.writeValue(json, document);
        json.writeRaw('\n');
        json.flush();
    }

    /**
     * A record written inside a streamed document where its value goes (after its field name, or as an
     * element of a list): a part of a document whose shape is a type, shared with {@link #write}'s.
     */
    public static void value(JsonGenerator json, Record value) throws IOException {
        RECORDS.writeValue(json, value);
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.setCharacterEscapes(ESCAPES);
        json.useDefaultPrettyPrinter();
        return json;
    }

    /** Closes the document's object, ends its last line and flushes (the writer stays open). */
    public static void end(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /**
     * JSON escapes the C0 controls; these escapes also write DEL, the C1 controls, U+2028, U+2029
     * and the bidi controls (every other character {@link TerminalText} escapes) as JSON escapes. The
     * strings read back unchanged, and a document shown on a terminal cannot act on it.
     */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c <= Character.MAX_VALUE && TerminalText.escaped((char) c)
                    ? new SerializedString(String.format("\\u%04x", c)) : null;
        }
    }
}
