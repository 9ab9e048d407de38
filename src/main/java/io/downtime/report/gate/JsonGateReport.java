package io.downtime.report.gate;

import io.downtime.report.Renderer;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.gate.GateResult;
import io.downtime.gate.CheckStatus;
import io.downtime.gate.Rule;
import io.downtime.gate.RuleResult;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** {@code analyzer gate --json FILE}: the same results as the JUnit XML, for scripts (docs/gate.md). */
public final class JsonGateReport implements Renderer<GateDocument> {
    static final int FORMAT_VERSION = 1;
    private final Writer out;

    public JsonGateReport(Writer out) {
        this.out = out;
    }

    @Override
    public void render(GateDocument document) {
        GateResult result = document.result();
        try {
            JsonGenerator json = JsonDocument.begin(out, "analyzer-gate", FORMAT_VERSION);
            json.writeStringField("tool_version", document.toolVersion());
            json.writeStringField("rules_file", result.rules().file());
            JsonFields.string(json, "baseline_file", document.baselineFile());
            json.writeNumberField("migrations", document.migrations());
            json.writeBooleanField("passed", result.passed());
            json.writeNumberField("checks", result.results().size());
            json.writeNumberField("failed", result.with(CheckStatus.FAILED).size());
            json.writeNumberField("skipped", result.with(CheckStatus.SKIPPED).size());
            json.writeNumberField("passed_checks", result.with(CheckStatus.PASSED).size());
            json.writeArrayFieldStart("rules");
            for (Rule rule : result.rules().rules()) {
                json.writeStartObject();
                json.writeStringField("name", rule.name());
                json.writeStringField("kind", rule.kind());
                json.writeStringField("demand", GateWords.demand(rule));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("results");
            for (RuleResult check : result.results()) {
                json.writeStartObject();
                json.writeStringField("rule", check.rule().name());
                json.writeStringField("kind", check.rule().kind());
                json.writeStringField("subject", check.subject());
                json.writeStringField("outcome", check.outcome().label());
                JsonFields.string(json, "measured", GateWords.measured(check));
                JsonFields.number(json, "measured_us", check.measuredUs());
                json.writeStringField("limit", GateWords.limit(check));
                json.writeStringField("message", GateWords.message(check));
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
