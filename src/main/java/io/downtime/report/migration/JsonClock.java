package io.downtime.report.migration;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.EventRef;
import io.downtime.clock.EvidenceUse;
import io.downtime.clock.Interval;
import io.downtime.clock.OffsetBound;
import io.downtime.json.JsonFields;
import io.downtime.report.words.ClockWords;

import java.io.IOException;

/**
 * A migration's {@code clock} in the JSON report: the offset between the hosts' clocks, the bounds
 * that decide it and the evidence used (docs/report-json.md, "Clock"; the alignment is docs/report.md's
 * "Clock alignment"). Apart from JsonReport so that the report's JSON stays under 300 lines a class.
 */
final class JsonClock {
    private final JsonGenerator json;

    JsonClock(JsonGenerator json) {
        this.json = json;
    }

    void write(ClockAlignment clock) throws IOException {
        json.writeObjectFieldStart("clock");
        json.writeFieldName("offset_us");
        interval(clock.offset());
        JsonFields.number(json, "estimate_us", clock.estimate());
        json.writeStringField("quality", clock.quality().label());
        json.writeStringField("summary", ClockWords.summary(clock));
        JsonFields.object(json, "upper_bound", clock.upperBinding(), bound -> bound(bound, clock));
        JsonFields.object(json, "lower_bound", clock.lowerBinding(), bound -> bound(bound, clock));
        evidenceUse("return_path", clock.returnPath());
        evidenceUse("handshake", clock.handshake());
        json.writeArrayFieldStart("bounds");
        for (OffsetBound bound : clock.bounds()) {
            bound(bound, clock);
        }
        json.writeEndArray();
        JsonFields.strings(json, "notes", clock.notes().stream().map(ClockWords::note).toList());
        json.writeEndObject();
    }

    private void bound(OffsetBound bound, ClockAlignment clock) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", bound.kind().label());
        json.writeStringField("side", bound.side().name().toLowerCase());
        json.writeNumberField("value_us", bound.micros());
        json.writeBooleanField("used", clock.used(bound));
        json.writeStringField("sentence", ClockWords.bound(bound));
        eventRef("source_event", bound.source());
        eventRef("destination_event", bound.destination());
        json.writeEndObject();
    }

    private void eventRef(String field, EventRef event) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("what", event.what());
        json.writeStringField("line", event.where().toString());
        json.writeNumberField("time_us", event.micros());
        json.writeEndObject();
    }

    private void evidenceUse(String field, EvidenceUse use) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeBooleanField("used", use.used());
        json.writeStringField("decided", use.decided().name().toLowerCase());
        json.writeStringField("reason", ClockWords.reason(use.reason()));
        json.writeEndObject();
    }

    /** {@code {"low": .., "high": ..}}, each null when unbounded. */
    private void interval(Interval interval) throws IOException {
        json.writeStartObject();
        JsonFields.number(json, "low", interval.low());
        JsonFields.number(json, "high", interval.high());
        json.writeEndObject();
    }
}
