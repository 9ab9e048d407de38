package io.downtime.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.run.MigrationPair;
import io.downtime.run.RunStatus;
import io.downtime.runset.CaseInput;
import io.downtime.runset.RunFigures;
import io.downtime.runset.RunSet;
import io.downtime.runset.SetRun;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** {@code analyzer runs --format json}: the cases searched, every migration with how it was paired. */
final class JsonRunSetListing implements RunSetListing {
    static final int FORMAT_VERSION = 1;
    private final PrintWriter out;

    JsonRunSetListing(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(RunSet set) {
        try {
            JsonGenerator json = new JsonFactory().createGenerator(out);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "analyzer-runs");
            json.writeNumberField("format_version", FORMAT_VERSION);
            json.writeArrayFieldStart("cases");
            for (CaseInput input : set.cases()) {
                json.writeStartObject();
                json.writeStringField("label", input.label());
                json.writeStringField("name", input.name());
                JsonWriting.strings(json, "paths", input.paths());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("migrations");
            for (SetRun run : set.runs()) {
                RunFigures figures = run.figures();
                MigrationPair pair = run.analysis().migration().pair();
                json.writeStartObject();
                json.writeStringField("label", run.ref().label());
                json.writeStringField("run", run.ref().name());
                json.writeStringField("case", run.ref().caseName());
                json.writeNumberField("migration", run.ref().migration());
                JsonWriting.string(json, "source", pair.source().map(r -> r.id().toString()));
                JsonWriting.string(json, "destination", pair.destination().map(r -> r.id().toString()));
                JsonWriting.string(json, "source_status", figures.sourceStatus().map(RunStatus::label));
                JsonWriting.string(json, "destination_status", figures.destinationStatus().map(RunStatus::label));
                json.writeStringField("mode", figures.mode().label());
                json.writeStringField("paired", RunColumns.pairing(pair));
                json.writeStringField("pairing", pair.how());
                json.writeStringField("clock", figures.clock().label());
                JsonWriting.estimate(json, "blackout_us", figures.blackout());
                JsonWriting.string(json, "blackout_unavailable", figures.blackoutUnavailable());
                JsonWriting.number(json, "qemu_downtime_us", figures.qemuDowntime());
                json.writeNumberField("rejected_lines", run.rejectedLines());
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonWriting.strings(json, "notes", set.notes());
            JsonWriting.strings(json, "problems", set.problems());
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
