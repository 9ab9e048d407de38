package io.downtime.fleet.command;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.clock.AlignmentQuality;
import io.downtime.compare.Comparison;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.SetDescription;
import io.downtime.csv.CsvWriter;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.outcome.MigrationResult;
import io.downtime.report.words.ComparisonCells;
import io.downtime.report.words.ComparisonFields;
import io.downtime.report.words.ComparisonWords;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code analyzer-fleet compare}'s output: the figures with the fields and CSV columns of
 * {@code analyzer compare} (docs/compare.md), without each run's value (a fleet's side may hold millions), with
 * the column and values the sides were chosen by, and a word when a side was sampled.
 */
final class FleetComparisonOutput {
    private final String by;
    private final CompareCommand.Side baseline;
    private final CompareCommand.Side candidate;
    private final int maxPerSide;

    FleetComparisonOutput(String by, CompareCommand.Side baseline, CompareCommand.Side candidate, int maxPerSide) {
        this.by = by;
        this.baseline = baseline;
        this.candidate = candidate;
        this.maxPerSide = maxPerSide;
    }

    /** How each side was taken when it was sampled: the method, stated. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (CompareCommand.Side side : List.of(baseline, candidate)) {
            if (side.sampled()) {
                notes.add(by + " = " + side.label() + ": " + side.total() + " migrations, more than --max-per-side "
                        + maxPerSide + ": compared on " + side.figures().size() + " of them, those with the smallest"
                        + " xxhash64 of (id, migration), the same ones on every run; medians and tests are of that"
                        + " sample (at this size the rank test is its normal approximation, as analyzer compare's)");
            }
        }
        return notes;
    }

    void csv(Comparison comparison, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(ComparisonCells.HEADER);
        for (FigureComparison figure : comparison.figures()) {
            csv.row(ComparisonCells.row(figure));
        }
        out.flush();
    }

    void json(Comparison comparison, PrintWriter out) {
        try {
            JsonGenerator json = JsonDocument.begin(out, "analyzer-fleet-compare", 1);
            json.writeStringField("by", by);
            ComparisonFields.method(json, comparison, method -> method.writeNumberField("max_per_side", maxPerSide));
            set(json, "baseline", comparison.baseline(), baseline);
            set(json, "candidate", comparison.candidate(), candidate);
            json.writeArrayFieldStart("figures");
            for (FigureComparison figure : comparison.figures()) {
                ComparisonFields.figure(json, figure, false);
            }
            json.writeEndArray();
            List<String> notes = new ArrayList<>(comparison.notes().stream().map(ComparisonWords::note).toList());
            notes.addAll(notes());
            JsonFields.strings(json, "notes", notes);
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(JsonGenerator json, String field, SetDescription set, CompareCommand.Side side)
            throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("label", set.label());
        json.writeNumberField("migrations", set.runs().size());
        json.writeNumberField("migrations_with_value", side.total());
        json.writeBooleanField("sampled", side.sampled());
        json.writeNumberField("completed", set.completed());
        json.writeObjectFieldStart("outcomes");
        for (Map.Entry<MigrationResult, Integer> result : set.outcomes().entrySet()) {
            json.writeNumberField(result.getKey().label(), result.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("clock");
        for (Map.Entry<AlignmentQuality, Integer> quality : set.clock().entrySet()) {
            json.writeNumberField(quality.getKey().label(), quality.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
