package io.downtime.report.migration;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.blackout.Blackout;
import io.downtime.clock.Interval;
import io.downtime.json.JsonFields;
import io.downtime.model.LineRef;
import io.downtime.outcome.Cause;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.MigrationOutcome;
import io.downtime.outcome.UnfinishedRun;

import java.io.IOException;

/**
 * A migration's {@code outcome} object, the same in every JSON document that carries it (report, runs,
 * gate): fields in docs/report-json.md, values in docs/postmortem.md.
 */
public final class JsonOutcome {
    private JsonOutcome() {
    }

    public static void write(JsonGenerator json, MigrationOutcome outcome, Blackout blackout) throws IOException {
        json.writeObjectFieldStart("outcome");
        json.writeStringField("result", outcome.result().label());
        JsonFields.string(json, "ended_in", outcome.endedIn().map(EndedIn::label));
        json.writeStringField("guest_stopped", outcome.guestStopped().label());
        JsonFields.string(json, "cause", OutcomeWords.cause(outcome));
        JsonFields.string(json, "cause_host", outcome.cause().map(cause -> cause.host().label()));
        JsonFields.string(json, "cancel_origin", outcome.cause().filter(Cause.Cancel.class::isInstance)
                .map(cause -> ((Cause.Cancel) cause).cancel().origin().label()));
        JsonFields.strings(json, "evidence", outcome.evidence().stream().map(LineRef::toString).toList());
        JsonFields.number(json, "into_phase_us", outcome.intoPhase());
        if (outcome.stoppedOnSource().isPresent()) {
            Interval stopped = outcome.stoppedOnSource().get();
            json.writeObjectFieldStart("stopped_on_source_us");
            JsonFields.number(json, "low", stopped.low());
            JsonFields.number(json, "high", stopped.high());
            json.writeEndObject();
        } else {
            json.writeNullField("stopped_on_source_us");
        }
        json.writeArrayFieldStart("unfinished");
        for (UnfinishedRun run : outcome.unfinished()) {
            json.writeStartObject();
            json.writeStringField("host", run.host().label());
            json.writeStringField("last_event", run.lastEvent().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("sentence", OutcomeWords.line(outcome, blackout));
        json.writeEndObject();
    }
}
