package io.downtime.report.compare;

import io.downtime.report.Renderer;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.compare.Comparison;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.SetDescription;
import io.downtime.report.words.ComparisonFields;
import io.downtime.report.words.ComparisonWords;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.runset.RunRef;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code analyzer compare --format json}: the whole comparison, every run's value included (docs/compare.md). */
final class JsonComparison implements Renderer<Comparison> {
    static final int FORMAT_VERSION = 1;
    private final PrintWriter out;
    private JsonGenerator json;

    JsonComparison(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(Comparison comparison) {
        try {
            json = JsonDocument.begin(out, "analyzer-compare", FORMAT_VERSION);
            ComparisonFields.method(json, comparison, extra -> { });
            set("baseline", comparison.baseline());
            set("candidate", comparison.candidate());
            json.writeArrayFieldStart("figures");
            for (FigureComparison figure : comparison.figures()) {
                ComparisonFields.figure(json, figure, true);
            }
            json.writeEndArray();
            JsonFields.strings(json, "notes", comparison.notes().stream().map(ComparisonWords::note).toList());
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void set(String field, SetDescription set) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("label", set.label());
        json.writeNumberField("migrations", set.runs().size());
        json.writeNumberField("completed", set.completed());
        json.writeObjectFieldStart("outcomes");
        for (Map.Entry<io.downtime.outcome.MigrationResult, Integer> result : set.outcomes().entrySet()) {
            json.writeNumberField(result.getKey().label(), result.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("clock");
        for (Map.Entry<io.downtime.clock.AlignmentQuality, Integer> quality : set.clock().entrySet()) {
            json.writeNumberField(quality.getKey().label(), quality.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("runs");
        for (RunRef run : set.runs()) {
            json.writeString(run.name());
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
