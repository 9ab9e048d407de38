package io.downtime.report.runs;

import io.downtime.report.Renderer;
import io.downtime.report.migration.JsonOutcome;
import io.downtime.report.replay.JsonVerdicts;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.report.words.BlackoutWords;
import io.downtime.report.words.PairingWords;
import io.downtime.report.words.ProblemWords;
import io.downtime.run.MigrationPair;
import io.downtime.run.RunStatus;
import io.downtime.runset.CaseInput;
import io.downtime.runset.RunFigures;
import io.downtime.runset.RunSet;
import io.downtime.runset.SetMigration;
import io.downtime.runset.StrictVerdicts;
import io.downtime.strict.PolicyVerdict;
import io.downtime.trace.FileNames;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/** {@code analyzer runs --format json}: the cases searched, every migration with how it was paired. */
final class JsonRunSetListing implements Renderer<RunSetDocument> {
    static final int FORMAT_VERSION = 1;
    private final PrintWriter out;

    JsonRunSetListing(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(RunSetDocument document) {
        RunSet set = document.set();
        Optional<StrictVerdicts> strict = document.strict();
        try {
            JsonGenerator json = JsonDocument.begin(out, "analyzer-runs", FORMAT_VERSION);
            json.writeArrayFieldStart("cases");
            for (CaseInput input : set.cases()) {
                json.writeStartObject();
                json.writeStringField("label", input.label());
                json.writeStringField("name", input.name());
                JsonFields.strings(json, "paths", input.paths().stream().map(FileNames::of).toList());
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonFields.object(json, "strict_limits", strict, verdicts -> {
                json.writeStartObject();
                json.writeNumberField("downtime_limit_ms", verdicts.limits().downtimeLimitMs());
                json.writeNumberField("switchover_limit_ms", verdicts.limits().switchoverLimitMs());
                json.writeEndObject();
            });
            json.writeArrayFieldStart("migrations");
            for (int i = 0; i < set.runs().size(); i++) {
                SetMigration run = set.runs().get(i);
                RunFigures figures = run.figures();
                MigrationPair pair = run.analysis().migration().pair();
                json.writeStartObject();
                json.writeStringField("label", run.ref().label());
                json.writeStringField("run", run.ref().name());
                json.writeStringField("case", run.ref().caseName());
                json.writeNumberField("migration", run.ref().migration());
                JsonFields.string(json, "source", pair.source().map(r -> r.id().toString()));
                JsonFields.string(json, "destination", pair.destination().map(r -> r.id().toString()));
                JsonFields.string(json, "source_status", figures.sourceStatus().map(RunStatus::label));
                JsonFields.string(json, "destination_status", figures.destinationStatus().map(RunStatus::label));
                JsonOutcome.write(json, run.analysis().outcome(), run.analysis().blackout());
                json.writeStringField("mode", figures.mode().label());
                json.writeStringField("paired", RunColumns.pairing(pair));
                json.writeStringField("pairing", PairingWords.how(pair.how()));
                json.writeStringField("clock", figures.clock().label());
                JsonFields.estimate(json, "blackout_us", figures.blackout());
                JsonFields.string(json, "blackout_unavailable", figures.blackoutUnavailable().map(BlackoutWords::unavailable));
                JsonFields.number(json, "qemu_downtime_us", figures.qemuDowntime());
                JsonFields.number(json, "expected_downtime_us", figures.expectedDowntime());
                JsonFields.estimate(json, "prediction_error_us", figures.predictionError());
                json.writeNumberField("rejected_lines", run.rejectedLines());
                if (strict.isPresent()) {
                    json.writeArrayFieldStart("strict");
                    for (PolicyVerdict verdict : strict.get().of(i).verdicts()) {
                        json.writeStartObject();
                        json.writeStringField("policy", verdict.policy());
                        JsonVerdicts.outcome(json, verdict);
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonFields.strings(json, "notes", ProblemWords.notes(set.notes()));
            JsonFields.strings(json, "problems", ProblemWords.all(set.problems()));
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
