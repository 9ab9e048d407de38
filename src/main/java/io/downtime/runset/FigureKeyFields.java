package io.downtime.runset;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.blackout.DeviceKey;

import java.io.IOException;

/**
 * The JSON fields that say which phase or device a figure is, inside an object being written: the
 * baseline file stores them (and {@link BaselineFile} reads them back), and {@code compare}'s JSON
 * names its figures with them, so that a script can match one against the other.
 */
public final class FigureKeyFields {
    private FigureKeyFields() {
    }

    /** {@code from}, {@code from_host}, {@code from_kind}, {@code to}, {@code to_host}, {@code to_kind}, {@code occurrence}. */
    public static void phase(JsonGenerator json, PhaseKey key) throws IOException {
        json.writeStringField("from", key.from());
        json.writeStringField("from_host", key.fromHost().abbreviation());
        json.writeStringField("from_kind", key.fromKind().label());
        json.writeStringField("to", key.to());
        json.writeStringField("to_host", key.toHost().abbreviation());
        json.writeStringField("to_kind", key.toKind().label());
        json.writeNumberField("occurrence", key.occurrence());
    }

    /** {@code idstr}, {@code instance_id}, {@code type}. */
    public static void device(JsonGenerator json, DeviceKey key) throws IOException {
        json.writeStringField("idstr", key.idstr());
        json.writeNumberField("instance_id", key.instanceId());
        json.writeStringField("type", key.type().traceName());
    }
}
