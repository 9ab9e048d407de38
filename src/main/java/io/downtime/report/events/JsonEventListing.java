package io.downtime.report.events;

import io.downtime.report.EventFields;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.json.JsonDocument;
import io.downtime.model.EventKind;
import io.downtime.model.TraceEvent;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code events} as one JSON document, streamed: {@code {"events":[...],"accounting":{...}}}.
 * Field names are those of {@link EventFields}; docs/formats.md defines them.
 */
final class JsonEventListing implements EventListing {
    private final JsonGenerator json;
    private final boolean listEvents;
    private final Map<String, LineAccounting> inputs = new LinkedHashMap<>();

    JsonEventListing(PrintWriter out, boolean listEvents) {
        this.listEvents = listEvents;
        try {
            json = JsonDocument.begin(out);
            json.writeArrayFieldStart("events");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beginInput(TraceInput input) {
    }

    @Override
    public void event(TraceEvent event) {
        if (!listEvents) {
            return;
        }
        try {
            json.writeStartObject();
            json.writeStringField("file", event.header().where().file());
            json.writeNumberField("line", event.header().where().line());
            if (event.header().hasTime()) {
                json.writeNumberField("time_us", event.header().micros());
                json.writeStringField("time_utc", EventFields.utc(event.header()));
            } else {
                json.writeNullField("time_us");
                json.writeNullField("time_utc");
            }
            if (event.header().id().isPresent()) {
                json.writeNumberField("id", event.header().id().getAsLong());
            } else {
                json.writeNullField("id");
            }
            json.writeStringField("event", EventFields.eventName(event));
            for (Map.Entry<String, Object> field : EventFields.details(event).entrySet()) {
                json.writeFieldName(field.getKey());
                if (field.getValue() instanceof Long number) {
                    json.writeNumber(number);
                } else {
                    json.writeString(String.valueOf(field.getValue()));
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endInput(TraceInput input, LineAccounting accounting) {
        inputs.put(input.name(), accounting);
    }

    @Override
    public void finish(LineAccounting total, PrintWriter summaryOut) {
        try {
            json.writeEndArray();
            json.writeObjectFieldStart("accounting");
            json.writeFieldName("total");
            write(total);
            json.writeArrayFieldStart("inputs");
            for (Map.Entry<String, LineAccounting> input : inputs.entrySet()) {
                json.writeStartObject();
                json.writeStringField("input", input.getKey());
                json.writeFieldName("lines");
                write(input.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(LineAccounting a) throws IOException {
        json.writeStartObject();
        json.writeNumberField("lines", a.lines());
        json.writeNumberField("understood", a.understoodTotal());
        json.writeObjectFieldStart("understood_by_event");
        for (EventKind kind : EventKind.values()) {
            if (a.understood(kind) > 0) {
                json.writeNumberField(kind.label(), a.understood(kind));
            }
        }
        json.writeEndObject();
        json.writeNumberField("other_events", a.otherEvents());
        json.writeObjectFieldStart("other_events_by_name");
        for (Map.Entry<String, Long> name : a.otherEventNames().entrySet()) {
            json.writeNumberField(name.getKey(), name.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("non_trace", a.nonTrace());
        json.writeNumberField("rejected", a.rejected());
        json.writeNumberField("read_failures", a.readFailures());
        json.writeEndObject();
    }
}
