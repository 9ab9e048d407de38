package io.downtime.report.runs;

import io.downtime.report.Renderer;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.report.words.ProblemWords;
import io.downtime.runset.RunSet;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** {@code analyzer runs --summary --format json}: every figure with its rank within its kind (docs/compare.md). */
final class JsonRunSetSummary implements Renderer<SummaryDocument> {
    static final int FORMAT_VERSION = 1;
    private final PrintWriter out;

    JsonRunSetSummary(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(SummaryDocument document) {
        RunSet set = document.set();
        RunSetSummary summary = document.summary();
        try {
            JsonGenerator json = JsonDocument.begin(out, "analyzer-runs-summary", FORMAT_VERSION);
            json.writeNumberField("migrations", summary.runs());
            json.writeNumberField("cases", set.cases().size());
            json.writeArrayFieldStart("figures");
            String kind = "";
            int rank = 0;
            for (FigureSummary figure : summary.figures()) {
                rank = figure.figure().kind().equals(kind) ? rank + 1 : 1;
                kind = figure.figure().kind();
                json.writeStartObject();
                json.writeStringField("kind", kind);
                json.writeNumberField("rank", rank);
                json.writeStringField("figure", figure.figure().label());
                json.writeStringField("hosts", figure.figure().hosts());
                json.writeNumberField("n", figure.values());
                json.writeNumberField("unknown", figure.unknown());
                json.writeNumberField("lower_bounds", figure.lowerBounds());
                JsonFields.number(json, "median_us", figure.median());
                JsonFields.number(json, "p95_us", figure.p95());
                JsonFields.number(json, "max_us", figure.max());
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonFields.strings(json, "problems", ProblemWords.all(set.problems()));
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
