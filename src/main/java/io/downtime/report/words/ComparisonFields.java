package io.downtime.report.words;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.compare.BlackoutFigure;
import io.downtime.compare.Change;
import io.downtime.compare.Comparison;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.DeviceFigure;
import io.downtime.compare.ExpectedDowntimeFigure;
import io.downtime.compare.Figure;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.Observation;
import io.downtime.compare.PhaseFigure;
import io.downtime.compare.PredictionErrorFigure;
import io.downtime.compare.QemuDowntimeFigure;
import io.downtime.compare.SampleSummary;
import io.downtime.json.JsonFields;
import io.downtime.runset.FigureKeyFields;

import java.io.IOException;

/**
 * The JSON fields of a comparison that {@code analyzer compare --format json} and {@code analyzer-fleet compare}
 * both write (docs/compare.md): the method, and each figure with its statistics, change and verdict. It is
 * here, with the words, because the fleet writes it too and compiles this package of report only.
 */
public final class ComparisonFields {
    private ComparisonFields() {
    }

    /** {@code method}: the test, the thresholds, the interval; {@code extra} adds fields at its end. */
    public static void method(JsonGenerator json, Comparison comparison, JsonFields.ValueWriter<JsonGenerator> extra)
            throws IOException {
        json.writeObjectFieldStart("method");
        json.writeStringField("test", ComparisonMethod.TEST);
        json.writeNumberField("alpha", comparison.thresholds().alpha());
        json.writeNumberField("min_change_us", comparison.thresholds().minChangeMicros());
        json.writeNumberField("min_change_pct", comparison.thresholds().minChangePercent());
        json.writeStringField("interval", ComparisonMethod.INTERVAL);
        json.writeNumberField("interval_resamples", comparison.method().bootstrapResamples());
        json.writeNumberField("interval_seed", comparison.method().bootstrapSeed());
        json.writeNumberField("interval_confidence", comparison.method().confidence());
        extra.write(json);
        json.writeEndObject();
    }

    /**
     * One figure as an object.
     *
     * @param values whether each side lists every run's value ({@code values}); a fleet's sides are too large
     */
    public static void figure(JsonGenerator json, FigureComparison figure, boolean values) throws IOException {
        json.writeStartObject();
        Figure f = figure.figure();
        json.writeStringField("kind", f.kind());
        json.writeStringField("label", f.label());
        json.writeStringField("host", f.hosts());
        identity(json, f);
        json.writeBooleanField("in_blackout", figure.inBlackout());
        sample(json, "baseline", figure.baseline(), values);
        sample(json, "candidate", figure.candidate(), values);
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
        json.writeStringField("reason", ComparisonWords.reason(figure.reason()));
        json.writeEndObject();
    }

    /** The fields that say which device or phase a figure is, for scripts that select figures. */
    private static void identity(JsonGenerator json, Figure figure) throws IOException {
        if (figure instanceof DeviceFigure device) {
            FigureKeyFields.device(json, device.device());
        } else if (figure instanceof PhaseFigure phase) {
            FigureKeyFields.phase(json, phase.key());
        } else if (!(figure instanceof BlackoutFigure) && !(figure instanceof QemuDowntimeFigure)
                && !(figure instanceof ExpectedDowntimeFigure) && !(figure instanceof PredictionErrorFigure)) {
            throw new IllegalStateException("unknown figure " + figure);
        }
    }

    private static void sample(JsonGenerator json, String field, SampleSummary sample, boolean values)
            throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("n", sample.count());
        json.writeNumberField("unknown", sample.unknown());
        json.writeNumberField("lower_bounds", sample.lowerBounds());
        JsonFields.number(json, "median_us", sample.median());
        JsonFields.number(json, "p95_us", sample.p95());
        JsonFields.number(json, "max_us", sample.max());
        if (values) {
            json.writeArrayFieldStart("values");
            for (Observation value : sample.values()) {
                json.writeStartObject();
                json.writeStringField("run", value.run().name());
                json.writeNumberField("us", value.micros());
                json.writeBooleanField("lower_bound", value.lowerBound());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
