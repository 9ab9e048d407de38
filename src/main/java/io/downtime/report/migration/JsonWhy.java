package io.downtime.report.migration;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.json.JsonFields;
import io.downtime.model.LineRef;
import io.downtime.report.words.BlackoutWords;
import io.downtime.report.words.DecisionWords;
import io.downtime.why.BlackoutPart;
import io.downtime.why.Decision;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.Known;
import io.downtime.why.LimitCheck;
import io.downtime.why.Moment;
import io.downtime.why.PartDevice;
import io.downtime.why.PartKind;
import io.downtime.why.Prediction;
import io.downtime.why.Span;
import io.downtime.why.Why;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A migration's {@code switchover_decision}, {@code blackout_parts} and {@code prediction} in the JSON
 * report (docs/report-json.md; the figures are defined in docs/why.md).
 */
final class JsonWhy {
    private final JsonGenerator json;

    JsonWhy(JsonGenerator json) {
        this.json = json;
    }

    void write(Why why) throws IOException {
        decision(why.decision());
        parts(why);
        prediction(why.prediction());
    }

    private void decision(Decision decision) throws IOException {
        json.writeObjectFieldStart("switchover_decision");
        json.writeStringField("kind", decision.kind().label());
        line("line", decision.line());
        line("bandwidth_line", decision.bandwidthLine());
        known("bandwidth_bytes_per_ms", "bandwidth_unavailable", decision.bandwidth());
        known("switchover_bandwidth_bytes_per_ms", "switchover_bandwidth_unavailable", decision.switchoverBandwidth());
        known("threshold_bytes", "threshold_unavailable", decision.threshold());
        limit("downtime_limit", decision.limit());
        JsonFields.string(json, "downtime_limit_unavailable", decision.limitMissing().map(DecisionWords::gap));
        JsonFields.number(json, "threshold_limit_us", micros(decision.thresholdLimit()));
        known("pending_bytes", "pending_unavailable", decision.pending());
        known("expected_downtime_us", "expected_downtime_unavailable", decision.expectedDowntimeMicros());
        JsonFields.strings(json, "notes", DecisionWords.notes(decision.notes()));
        json.writeEndObject();
    }

    private void limit(String prefix, Optional<DowntimeLimit> limit) throws IOException {
        JsonFields.number(json, prefix + "_us", micros(limit));
        JsonFields.string(json, prefix + "_source", limit.map(l -> l.source().label()));
        JsonFields.string(json, prefix + "_derivation", limit.map(l -> DecisionWords.derivation(l.derivation())));
        if (limit.isPresent()) {
            json.writeBooleanField(prefix + "_whole_ms", limit.get().wholeMilliseconds());
        } else {
            json.writeNullField(prefix + "_whole_ms");
        }
    }

    private void parts(Why why) throws IOException {
        json.writeArrayFieldStart("blackout_parts");
        for (BlackoutPart part : why.parts().parts()) {
            json.writeStartObject();
            json.writeStringField("part", part.kind().label());
            JsonFields.estimate(json, "duration_us", Optional.of(part.duration()));
            json.writeBooleanField("in_qemu_estimate", part.kind().inQemuEstimate());
            if (part.kind() == PartKind.UNATTRIBUTED) {
                json.writeArrayFieldStart("spans");
                for (Span span : part.spans()) {
                    json.writeStartObject();
                    span(span);
                    JsonFields.estimate(json, "duration_us", Optional.of(span.duration()));
                    json.writeEndObject();
                }
                json.writeEndArray();
            } else {
                span(part.spans().get(0));
            }
            json.writeBooleanField("overlapped", part.overlapped());
            json.writeArrayFieldStart("devices");
            for (PartDevice device : part.devices()) {
                json.writeStartObject();
                json.writeStringField("idstr", device.key().idstr());
                json.writeNumberField("instance", device.key().instanceId());
                json.writeStringField("type", device.key().type().traceName());
                json.writeNumberField("us", device.micros());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonFields.strings(json, "blackout_parts_unmeasured",
                why.parts().unmeasured().stream().map(PartKind::label).toList());
        JsonFields.string(json, "blackout_parts_unavailable", why.parts().unavailable().map(BlackoutWords::parts));
    }

    private void span(Span span) throws IOException {
        moment("from", span.from());
        moment("to", span.to());
    }

    private void moment(String prefix, Moment moment) throws IOException {
        json.writeStringField(prefix, moment.name());
        json.writeStringField(prefix + "_host", moment.host().label());
        json.writeStringField(prefix + "_line", moment.line().toString());
    }

    private void prediction(Prediction prediction) throws IOException {
        json.writeObjectFieldStart("prediction");
        known("expected_downtime_us", "expected_downtime_unavailable", prediction.expectedMicros());
        JsonFields.estimate(json, "error_us", prediction.error());
        Optional<LimitCheck> check = prediction.limit();
        JsonFields.number(json, "limit_us", micros(check.map(LimitCheck::limit)));
        JsonFields.string(json, "limit_verdict", check.map(c -> c.verdict().label()));
        JsonFields.estimate(json, "limit_excess_us", check.map(LimitCheck::excess));
        JsonFields.string(json, "pushed_over_by", check.flatMap(LimitCheck::pushedOverBy).map(PartKind::label));
        json.writeEndObject();
    }

    private void known(String field, String unavailableField, Known value) throws IOException {
        JsonFields.number(json, field, value.value());
        JsonFields.string(json, unavailableField, value.missing().map(DecisionWords::unknown));
    }

    private static OptionalLong micros(Optional<DowntimeLimit> limit) {
        return limit.map(l -> OptionalLong.of(l.micros())).orElse(OptionalLong.empty());
    }

    private void line(String field, Optional<LineRef> line) throws IOException {
        JsonFields.string(json, field, line.map(LineRef::toString));
    }
}
