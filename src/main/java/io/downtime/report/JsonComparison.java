package io.downtime.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.compare.BlackoutFigure;
import io.downtime.compare.Change;
import io.downtime.compare.Comparison;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.DeviceFigure;
import io.downtime.compare.Figure;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.Observation;
import io.downtime.compare.PhaseFigure;
import io.downtime.compare.QemuDowntimeFigure;
import io.downtime.compare.SampleSummary;
import io.downtime.compare.SetDescription;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.runset.FigureKeyFields;
import io.downtime.runset.RunRef;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code analyzer compare --format json}: the whole comparison, every run's value included (docs/compare.md). */
final class JsonComparison implements ComparisonRenderer {
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
            json.writeObjectFieldStart("method");
            json.writeStringField("test", ComparisonMethod.TEST);
            json.writeNumberField("alpha", comparison.thresholds().alpha());
            json.writeNumberField("min_change_us", comparison.thresholds().minChangeMicros());
            json.writeNumberField("min_change_pct", comparison.thresholds().minChangePercent());
            json.writeStringField("interval", ComparisonMethod.INTERVAL);
            json.writeNumberField("interval_resamples", comparison.method().bootstrapResamples());
            json.writeNumberField("interval_seed", comparison.method().bootstrapSeed());
            json.writeNumberField("interval_confidence", comparison.method().confidence());
            json.writeEndObject();
            set("baseline", comparison.baseline());
            set("candidate", comparison.candidate());
            json.writeArrayFieldStart("figures");
            for (FigureComparison figure : comparison.figures()) {
                figure(figure);
            }
            json.writeEndArray();
            JsonFields.strings(json, "notes", comparison.notes());
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

    private void figure(FigureComparison figure) throws IOException {
        json.writeStartObject();
        Figure f = figure.figure();
        json.writeStringField("kind", f.kind());
        json.writeStringField("label", f.label());
        json.writeStringField("host", f.hosts());
        identity(f);
        json.writeBooleanField("in_blackout", figure.inBlackout());
        sample("baseline", figure.baseline());
        sample("candidate", figure.candidate());
        if (figure.change().isPresent()) {
            Change change = figure.change().get();
            json.writeObjectFieldStart("change");
            json.writeNumberField("median_delta_us", change.medianDelta());
            JsonFields.number(json, "median_delta_pct", change.medianDeltaPercent());
            json.writeNumberField("u", change.test().u());
            json.writeNumberField("p_value", change.test().pValue());
            json.writeBooleanField("exact", change.test().exact());
            if (change.interval().isPresent()) {
                json.writeObjectFieldStart("interval_us");
                json.writeNumberField("low", change.interval().get().low());
                json.writeNumberField("high", change.interval().get().high());
                json.writeEndObject();
            } else {
                json.writeNullField("interval_us");
            }
            json.writeEndObject();
        } else {
            json.writeNullField("change");
        }
        json.writeStringField("verdict", figure.verdict().label());
        json.writeStringField("reason", figure.reason());
        json.writeEndObject();
    }

    /** The fields that say which device or phase a figure is, for scripts that select figures. */
    private void identity(Figure figure) throws IOException {
        if (figure instanceof DeviceFigure device) {
            FigureKeyFields.device(json, device.device());
        } else if (figure instanceof PhaseFigure phase) {
            FigureKeyFields.phase(json, phase.key());
        } else if (!(figure instanceof BlackoutFigure) && !(figure instanceof QemuDowntimeFigure)) {
            throw new IllegalStateException("unknown figure " + figure);
        }
    }

    private void sample(String field, SampleSummary sample) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("n", sample.count());
        json.writeNumberField("unknown", sample.unknown());
        json.writeNumberField("lower_bounds", sample.lowerBounds());
        JsonFields.number(json, "median_us", sample.median());
        JsonFields.number(json, "p95_us", sample.p95());
        JsonFields.number(json, "max_us", sample.max());
        json.writeArrayFieldStart("values");
        for (Observation value : sample.values()) {
            json.writeStartObject();
            json.writeStringField("run", value.run().name());
            json.writeNumberField("us", value.micros());
            json.writeBooleanField("lower_bound", value.lowerBound());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
