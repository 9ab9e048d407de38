package io.downtime.report.sweep;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.Renderer;
import io.downtime.why.PredictionShortfall;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.report.words.SweepWords;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** {@code analyzer sweep --format json}: every field in docs/strict-mode.md ("Sweep JSON"). */
final class JsonSweep implements Renderer<SweepDocument> {
    static final int FORMAT_VERSION = 1;
    private final PrintWriter out;
    private JsonGenerator json;

    JsonSweep(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(SweepDocument document) {
        SweepResult result = document.result();
        try {
            json = JsonDocument.begin(out, "analyzer-sweep", FORMAT_VERSION);
            json.writeStringField("caveat", SweepWords.CAVEAT);
            JsonFields.strings(json, "paths", document.paths());
            json.writeNumberField("cases", document.cases());
            json.writeNumberField("lines", document.lines());
            json.writeNumberField("rejected_lines", document.rejected());
            JsonFields.strings(json, "problems", document.problems());
            json.writeNumberField("runs", result.runs());
            JsonFields.strings(json, "not_replayed", result.unreplayable().stream().map(ReplayWords::notReplayed).toList());
            json.writeStringField("round_trip", document.roundTrip());
            json.writeNumberField("target_abort_rate", result.targetAbortRate());
            json.writeArrayFieldStart("policies");
            for (PolicySweep sweep : result.policies()) {
                json.writeStartObject();
                json.writeStringField("policy", sweep.policy());
                json.writeArrayFieldStart("cells");
                for (SweepCell cell : sweep.cells()) {
                    cell(cell);
                }
                json.writeEndArray();
                json.writeObjectFieldStart("recommendation");
                JsonFields.object(json, "cell", sweep.recommendation().cell(), this::cell);
                json.writeStringField("statement", SweepWords.recommendation(sweep.recommendation()));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            shortfalls(result);
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(SweepCell cell) throws IOException {
        json.writeStartObject();
        json.writeNumberField("downtime_limit_ms", cell.limits().downtimeLimitMs());
        json.writeNumberField("switchover_limit_ms", cell.limits().switchoverLimitMs());
        json.writeNumberField("abort_limit_ms", cell.limits().abortLimitMs());
        json.writeNumberField("promised_limit_ms", cell.promisedLimitMs());
        json.writeNumberField("runs", cell.runs());
        json.writeNumberField("fired", cell.fired());
        json.writeNumberField("may_fire", cell.mayFire());
        json.writeNumberField("missed", cell.missed());
        json.writeNumberField("may_miss", cell.mayMiss());
        json.writeNumberField("needless", cell.needless());
        json.writeNumberField("may_needless", cell.mayNeedless());
        json.writeEndObject();
    }

    /** Null when the sweep did not count them (one added up from cells counted elsewhere). */
    private void shortfalls(SweepResult result) throws IOException {
        if (result.shortfalls().isEmpty()) {
            json.writeNullField("prediction_shortfalls");
            return;
        }
        json.writeArrayFieldStart("prediction_shortfalls");
        for (PredictionShortfall shortfall : result.shortfalls().get()) {
            json.writeStartObject();
            json.writeNumberField("switchover_limit_ms", shortfall.switchoverLimitMs());
            json.writeNumberField("with_prediction", shortfall.withPrediction());
            json.writeNumberField("short_by_more", shortfall.certainly());
            json.writeNumberField("perhaps_short_by_more", shortfall.perhaps());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
