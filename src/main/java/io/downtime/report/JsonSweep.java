package io.downtime.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code analyzer sweep --format json}: every field in docs/strict-mode.md ("Sweep JSON"). */
final class JsonSweep implements SweepRenderer {
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
            json = new JsonFactory().createGenerator(out);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "analyzer-sweep");
            json.writeNumberField("format_version", FORMAT_VERSION);
            json.writeStringField("caveat", SweepResult.CAVEAT);
            strings("paths", document.paths());
            json.writeNumberField("cases", document.cases());
            json.writeNumberField("lines", document.lines());
            json.writeNumberField("rejected_lines", document.rejected());
            strings("problems", document.problems());
            json.writeNumberField("runs", result.runs());
            strings("not_replayed", result.unreplayable());
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
                json.writeFieldName("cell");
                if (sweep.recommendation().cell().isPresent()) {
                    cell(sweep.recommendation().cell().get());
                } else {
                    json.writeNull();
                }
                json.writeStringField("statement", sweep.recommendation().statement());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
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

    private void strings(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
