package io.downtime.report.replay;

import io.downtime.report.words.ReplayWords;
import io.downtime.report.Renderer;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.report.words.ClockWords;
import io.downtime.report.words.FoundNoteWords;
import io.downtime.run.MigrationPair;
import io.downtime.strict.Check;
import io.downtime.strict.Firing;
import io.downtime.strict.HostEvent;
import io.downtime.strict.JudgedBlackout;
import io.downtime.strict.Margin;
import io.downtime.strict.MigrationReplay;
import io.downtime.strict.Perceived;
import io.downtime.strict.PhaseEvidence;
import io.downtime.strict.PhaseSet;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.RecordDifference;
import io.downtime.strict.Scenario;
import io.downtime.strict.Switchover;
import io.downtime.strict.Unseen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code analyzer replay --format json}: every field, its unit and when it is null are in
 * docs/strict-mode.md ("JSON"). Times are integers in µs ({@code _us}); perceived downtimes and limits
 * are in ms ({@code _ms}).
 */
final class JsonReplay implements Renderer<ReplayDocument> {
    /** 2: uncertain times in the report's shape, {@code {low, high, estimate}} (docs/json-formats.md). */
    static final int FORMAT_VERSION = 2;
    private final PrintWriter out;
    private JsonGenerator json;

    JsonReplay(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(ReplayDocument document) {
        try {
            json = JsonDocument.begin(out, "analyzer-replay", FORMAT_VERSION);
            json.writeObjectFieldStart("limits");
            json.writeNumberField("downtime_limit_ms", document.limits().downtimeLimitMs());
            json.writeNumberField("switchover_limit_ms", document.limits().switchoverLimitMs());
            json.writeNumberField("abort_limit_ms", document.limits().abortLimitMs());
            json.writeEndObject();
            JsonFields.strings(json, "inputs", List.copyOf(document.accounting().keySet()));
            JsonFields.strings(json, "notes", document.found().notes().stream().map(FoundNoteWords::note).toList());
            JsonFields.strings(json, "problems", document.problems());
            json.writeArrayFieldStart("migrations");
            for (MigrationReplay replay : document.replays()) {
                migration(replay);
            }
            json.writeEndArray();
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void migration(MigrationReplay replay) throws IOException {
        Switchover run = replay.switchover();
        MigrationPair pair = run.migration().pair();
        json.writeStartObject();
        json.writeNumberField("index", pair.index());
        json.writeStringField("mode", pair.mode().label());
        JsonFields.string(json, "source", pair.source().map(r -> r.id().toString()));
        JsonFields.string(json, "destination", pair.destination().map(r -> r.id().toString()));
        clock(run.migration().clock());
        JsonFields.string(json, "unreplayable", run.unreplayable().map(ReplayWords::unreplayable));
        blackout("blackout", run.blackout());
        JsonFields.object(json, "send", run.send(), send -> {
            json.writeStartObject();
            json.writeStringField("line", send.where().toString());
            json.writeNumberField("since_start_us", run.sendSinceStart().getAsLong());
            json.writeStringField("basis", send.basis().name().toLowerCase());
            JsonFields.number(json, "source_downtime_ms", send.recordedDowntimeMs());
            json.writeEndObject();
        });
        JsonFields.object(json, "receipt", run.receipt(), receipt -> {
            json.writeStartObject();
            json.writeStringField("line", receipt.where().toString());
            json.writeNumberField("host_time_us", receipt.micros());
            json.writeStringField("basis", receipt.basis().name().toLowerCase());
            JsonFields.number(json, "source_downtime_ms", receipt.recordedDowntimeMs());
            json.writeEndObject();
        });
        json.writeObjectFieldStart("counter_phases");
        phases("source", run.phases().source());
        phases("destination", run.phases().destination());
        json.writeArrayFieldStart("evidence");
        for (PhaseEvidence evidence : run.phases().evidence()) {
            json.writeStartObject();
            json.writeStringField("host", evidence.host().label());
            json.writeStringField("line", evidence.where().toString());
            json.writeStringField("observation", RecordWords.observation(evidence.observation()));
            json.writeBooleanField("reading", evidence.reading());
            json.writeStringField("kind", evidence.kind().name().toLowerCase().replace('_', '-'));
            phases("phases_after", evidence.after());
            json.writeEndObject();
        }
        json.writeEndArray();
        difference("first_difference", run.phases().firstDifference());
        json.writeEndObject();
        json.writeNumberField("round_trip_us", run.roundTrip().micros());
        json.writeStringField("round_trip_basis", PolicyWords.roundTrip(run.roundTrip()));
        json.writeArrayFieldStart("verdicts");
        for (PolicyVerdict verdict : replay.verdicts()) {
            verdict(verdict);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void verdict(PolicyVerdict verdict) throws IOException {
        json.writeStartObject();
        json.writeStringField("policy", verdict.policy());
        json.writeNumberField("promised_limit_ms", verdict.promisedLimitMs());
        JsonVerdicts.outcome(json, verdict);
        Optional<Firing> first = verdict.first();
        JsonFields.string(json, "host", first.map(f -> f.at().host().label()));
        JsonFields.object(json, "at", first, firing -> at(firing.at(), firing.sinceStart()));
        JsonFields.object(json, "perceived_ms", first.map(Firing::perceived), this::perceived);
        blackout("judged_against", verdict.judgedAgainst());
        json.writeArrayFieldStart("scenarios");
        for (Scenario scenario : verdict.scenarios()) {
            json.writeStartObject();
            json.writeStringField("order", scenario.order().name().toLowerCase());
            phases("source_phases", scenario.sourcePhases());
            phases("destination_phases", scenario.destinationPhases());
            json.writeBooleanField("every_combination", scenario.everyCombination());
            firing("first", scenario.first());
            firing("then", scenario.then());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("margins");
        for (Margin margin : verdict.margins()) {
            json.writeStartObject();
            json.writeStringField("host", margin.host().label());
            json.writeStringField("after", margin.lastCheck().site().label());
            json.writeStringField("line", margin.lastCheck().where().toString());
            json.writeNumberField("least_ms", ms(margin.leastMicros()));
            json.writeNumberField("most_ms", ms(margin.mostMicros()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("unseen");
        for (Unseen unseen : verdict.unseen()) {
            json.writeStartObject();
            json.writeStringField("what", PolicyWords.unseen(unseen));
            json.writeFieldName("us");
            estimate(unseen.micros());
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonFields.object(json, "recorded", verdict.recorded(), comparison -> {
            json.writeStartObject();
            json.writeStringField("recorded", RecordWords.recorded(comparison.recorded()));
            json.writeBooleanField("comparable", comparison.comparable());
            json.writeBooleanField("agrees", comparison.agrees());
            difference("difference", comparison.difference());
            json.writeStringField("note", RecordWords.basis(comparison.basis()));
            json.writeEndObject();
        });
        JsonFields.strings(json, "notes", verdict.notes().stream().map(PolicyWords::note).toList());
        json.writeArrayFieldStart("checks");
        for (Check check : verdict.checks()) {
            json.writeStartObject();
            json.writeStringField("host", check.event().host().label());
            json.writeStringField("after", check.event().site().label());
            json.writeStringField("line", check.event().where().toString());
            json.writeNumberField("host_time_us", check.event().micros());
            json.writeFieldName("since_start_us");
            estimate(check.sinceStart());
            json.writeFieldName("perceived_ms");
            perceived(check.perceived());
            json.writeStringField("reaches_limit", StrictFigures.reaches(check.reachesLimit()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void firing(String name, Optional<Firing> firing) throws IOException {
        JsonFields.object(json, name, firing, this::firing);
    }

    private void firing(Firing firing) throws IOException {
        json.writeStartObject();
        json.writeStringField("host", firing.at().host().label());
        json.writeFieldName("at");
        at(firing.at(), firing.sinceStart());
        json.writeFieldName("perceived_ms");
        perceived(firing.perceived());
        json.writeStringField("consequence", firing.consequence().name().toLowerCase());
        json.writeEndObject();
    }

    private void at(HostEvent event, Estimate sinceStart) throws IOException {
        json.writeStartObject();
        json.writeStringField("after", event.site().label());
        json.writeStringField("kind", event.site().kind().label());
        json.writeStringField("line", event.where().toString());
        json.writeNumberField("host_time_us", event.micros());
        json.writeFieldName("since_start_us");
        estimate(sinceStart);
        json.writeEndObject();
    }

    private void perceived(Perceived perceived) throws IOException {
        json.writeStartObject();
        json.writeNumberField("min", ms(perceived.lowMicros()));
        if (perceived.highMicros().isPresent()) {
            json.writeNumberField("max", ms(perceived.highMicros().getAsLong()));
        } else {
            json.writeNullField("max");
        }
        json.writeBooleanField("counter", perceived.counter());
        json.writeEndObject();
    }

    private void blackout(String name, JudgedBlackout blackout) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("kind", blackout.kind().name().toLowerCase());
        interval("guest_stopped_us", blackout.micros());
        json.writeStringField("basis", PolicyWords.blackoutBasis(blackout));
        json.writeEndObject();
    }

    private void clock(ClockAlignment clock) throws IOException {
        json.writeObjectFieldStart("clock");
        json.writeStringField("quality", clock.quality().label());
        interval("offset_us", clock.offset());
        json.writeStringField("summary", ClockWords.summary(clock));
        json.writeEndObject();
    }

    private void phases(String name, PhaseSet phases) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("count", phases.size());
        json.writeArrayFieldStart("ranges");
        for (PhaseSet.PhaseRange range : phases.ranges()) {
            json.writeStartArray();
            json.writeNumber(range.from());
            json.writeNumber(range.to());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void difference(String name, Optional<RecordDifference> difference) throws IOException {
        JsonFields.object(json, name, difference, found -> {
            json.writeStartObject();
            json.writeStringField("host", found.host().label());
            json.writeStringField("line", found.where().toString());
            json.writeStringField("recorded", RecordWords.differenceRecorded(found));
            json.writeStringField("replayed", RecordWords.differenceReplayed(found));
            json.writeEndObject();
        });
    }

    /** The report's shape of an uncertain time, {@code {low, high, estimate}} (docs/json-formats.md). */
    private void estimate(Estimate estimate) throws IOException {
        JsonFields.estimate(json, estimate);
    }

    /** {@code name: {low, high}}, each null when unbounded: the report's shape of an interval. */
    private void interval(String name, Interval interval) throws IOException {
        json.writeObjectFieldStart(name);
        JsonFields.number(json, "low", interval.low());
        JsonFields.number(json, "high", interval.high());
        json.writeEndObject();
    }

    private static BigDecimal ms(long micros) {
        return BigDecimal.valueOf(micros, 3).stripTrailingZeros();
    }
}
