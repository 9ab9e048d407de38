package io.downtime.report.migration;

import io.downtime.report.Renderer;
import io.downtime.report.MessageText;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.blackout.Blackout;
import io.downtime.blackout.DeviceBreakdown;
import io.downtime.blackout.DeviceTimes;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.Phase;
import io.downtime.analysis.SwitchoverPause;
import io.downtime.analysis.TimelineEntry;
import io.downtime.crosscheck.MigrationCrossCheck;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.model.LineRef;
import io.downtime.model.TraceEvent;
import io.downtime.report.words.AnalysisWords;
import io.downtime.report.words.BlackoutWords;
import io.downtime.report.words.FoundNoteWords;
import io.downtime.report.words.InputWarningWords;
import io.downtime.report.words.PairingWords;
import io.downtime.report.words.RoleWords;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.InputWarning;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.RoleEvidence;
import io.downtime.runset.DeviceTimesJson;
import io.downtime.run.Run;
import io.downtime.trace.LineAccounting;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code analyzer report --format json}: the machine interface. Every field, its unit and when it
 * is null are in docs/report-json.md; times are integers in microseconds, names end in {@code _us}.
 */
final class JsonReport implements Renderer<ReportDocument> {
    static final int FORMAT_VERSION = 1;
    private final PrintWriter out;
    private JsonGenerator json;
    private LibvirtJson libvirt;

    JsonReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(ReportDocument document) {
        try {
            json = JsonDocument.begin(out, "analyzer-report", FORMAT_VERSION);
            libvirt = new LibvirtJson(json);
            inputs(document);
            json.writeArrayFieldStart("runs");
            for (Run run : document.found().runs()) {
                run(run);
            }
            json.writeEndArray();
            JsonFields.strings(json, "notes", document.found().notes().stream().map(FoundNoteWords::note).toList());
            warnings(document.found().warnings());
            JsonFields.strings(json, "problems", document.problems());
            libvirt.domainLogs(ProcessSummary.of(document.found()));
            libvirt.crossCheckInputs(document.crossChecks());
            JsonFields.string(json, "summary", ReportFacts.summary(document.analyses()));
            json.writeArrayFieldStart("migrations");
            for (MigrationAnalysis analysis : document.analyses()) {
                migration(analysis, document.multifdSeen(analysis.migration().pair()),
                        document.crossChecksOf(analysis.migration().pair().index()));
            }
            json.writeEndArray();
            JsonDocument.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void inputs(ReportDocument document) throws IOException {
        json.writeArrayFieldStart("inputs");
        for (Map.Entry<String, LineAccounting> input : document.accounting().entrySet()) {
            LineAccounting a = input.getValue();
            json.writeStartObject();
            json.writeStringField("name", input.getKey());
            json.writeNumberField("lines", a.lines());
            json.writeNumberField("understood", a.understoodTotal());
            json.writeNumberField("other_events", a.otherEvents());
            json.writeNumberField("non_trace", a.nonTrace());
            json.writeNumberField("rejected", a.rejected());
            json.writeNumberField("read_failures", a.readFailures());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void run(Run run) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", run.id().toString());
        json.writeStringField("input", run.id().input());
        json.writeNumberField("index", run.id().index());
        JsonFields.strings(json, "inputs", run.inputs());
        JsonFields.string(json, "role", run.role().role().map(Role::label));
        json.writeStringField("role_basis", run.role().basis().label());
        json.writeStringField("role_note", RoleWords.note(run.role().note()));
        json.writeArrayFieldStart("role_evidence");
        for (RoleEvidence evidence : run.role().evidence()) {
            json.writeStartObject();
            json.writeStringField("role", evidence.role().label());
            json.writeStringField("clue", evidence.clue().label());
            json.writeStringField("sentence", RoleWords.evidence(evidence));
            json.writeStringField("first_line", evidence.where().toString());
            json.writeNumberField("lines", evidence.lines());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("status", run.status().label());
        json.writeStringField("mode", run.mode().label());
        json.writeBooleanField("timestamps", run.timed());
        json.writeNumberField("events", run.events().size());
        json.writeNumberField("first_line", run.events().get(0).header().where().line());
        json.writeNumberField("last_line", run.events().get(run.events().size() - 1).header().where().line());
        JsonFields.number(json, "libvirt_process", run.lifetime().map(process -> OptionalLong.of(process.number()))
                .orElse(OptionalLong.empty()));
        json.writeEndObject();
    }

    private void migration(MigrationAnalysis analysis, boolean multifd, Optional<MigrationCrossCheck> crossChecks)
            throws IOException {
        MigrationPair pair = analysis.migration().pair();
        json.writeStartObject();
        json.writeNumberField("index", pair.index());
        JsonFields.string(json, "source_run", pair.source().map(run -> run.id().toString()));
        JsonFields.string(json, "destination_run", pair.destination().map(run -> run.id().toString()));
        json.writeStringField("paired_by", pair.basis().name().toLowerCase().replace('_', '-'));
        json.writeStringField("pairing", PairingWords.how(pair.how()));
        warnings(analysis.warnings());
        json.writeStringField("mode", pair.mode().label());
        json.writeBooleanField("multifd_seen", multifd);
        JsonFields.string(json, "source_status", pair.source().map(run -> run.status().label()));
        JsonFields.string(json, "destination_status", pair.destination().map(run -> run.status().label()));
        JsonOutcome.write(json, analysis.outcome(), analysis.blackout());
        json.writeObjectFieldStart("missing_checkpoints");
        for (Role role : Role.values()) {
            Optional<Run> run = pair.run(role);
            if (run.isPresent()) {
                JsonFields.strings(json, role.label(), run.get().missingCheckpoints(pair.mode()));
            } else {
                json.writeNullField(role.label());
            }
        }
        json.writeEndObject();
        libvirt.migration(analysis.libvirt());
        new JsonClock(json).write(analysis.migration().clock());
        blackout(analysis.blackout());
        new JsonWhy(json).write(analysis.why());
        libvirt.pause(analysis.pause());
        libvirt.crossChecks(crossChecks);
        JsonFields.string(json, "timeline_note", analysis.timeline().note().map(AnalysisWords::note));
        json.writeStringField("timeline_clock", analysis.timeline().clock().label());
        JsonFields.string(json, "timeline_reference", analysis.timeline().reference());
        milestones("checkpoints", analysis, MilestoneKind.CHECKPOINT);
        milestones("states", analysis, MilestoneKind.STATE);
        phases(analysis.phases().phases(), analysis.pause());
        devices(analysis.devices());
        messages(pair);
        json.writeEndObject();
    }

    private void blackout(Blackout blackout) throws IOException {
        JsonFields.estimate(json, "blackout_us", blackout.guestStopped());
        JsonFields.string(json, "blackout_unavailable", blackout.unavailable().map(BlackoutWords::unavailable));
        JsonFields.number(json, "qemu_downtime_us", blackout.qemuDowntime());
        JsonFields.string(json, "qemu_downtime_unavailable", blackout.qemuDowntimeUnavailable().map(BlackoutWords::qemuDowntime));
        JsonFields.string(json, "blackout_explanation", blackout.explanation().map(AnalysisWords::disagreement));
        JsonFields.number(json, "stopped_on_source_us", blackout.stoppedOnSource());
    }

    private void milestones(String field, MigrationAnalysis analysis, MilestoneKind kind) throws IOException {
        List<TimelineEntry> entries = new ArrayList<>(analysis.timeline().entries());
        entries.addAll(analysis.timeline().unplaced());
        json.writeArrayFieldStart(field);
        for (TimelineEntry entry : entries) {
            if (entry.kind() != kind) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("host", entry.host().label());
            json.writeStringField("name", entry.name());
            if (kind == MilestoneKind.CHECKPOINT) {
                json.writeStringField("canonical", CheckpointCatalogue.canonical(entry.name()));
                json.writeBooleanField("known", CheckpointCatalogue.lookup(entry.name()).isPresent());
            }
            json.writeStringField("line", entry.where().toString());
            JsonFields.number(json, "host_time_us", entry.hostMicros());
            JsonFields.estimate(json, "time_us", entry.onSourceClock());
            JsonFields.estimate(json, "since_start_us", entry.sinceStart());
            JsonFields.estimate(json, "step_us", entry.step());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void phases(List<Phase> phases, Optional<SwitchoverPause> pause) throws IOException {
        json.writeArrayFieldStart("phases");
        for (Phase phase : phases) {
            json.writeStartObject();
            json.writeStringField("from", phase.from().name());
            json.writeStringField("from_host", phase.from().host().label());
            json.writeStringField("to", phase.to().name());
            json.writeStringField("to_host", phase.to().host().label());
            JsonFields.estimate(json, "duration_us", Optional.of(phase.duration()));
            json.writeBooleanField("crosses_hosts", phase.crossesHosts());
            json.writeBooleanField("management_pause", pause.filter(p -> p.phase().equals(phase)).isPresent());
            if (phase.share().isPresent()) {
                json.writeNumberField("share", phase.share().getAsDouble());
            } else {
                json.writeNullField("share");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A device in the report: named by {@code instance} (the baseline says {@code instance_id}), then its times. */
    private record Device(String idstr, long instance, String type, @JsonUnwrapped DeviceTimesJson times) {
    }

    private void devices(DeviceBreakdown devices) throws IOException {
        json.writeArrayFieldStart("devices");
        for (DeviceTimes device : devices.devices()) {
            JsonDocument.value(json, new Device(device.key().idstr(), device.key().instanceId(),
                    device.key().type().traceName(), DeviceTimesJson.of(device)));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("device_totals");
        for (DeviceBreakdown.TypeTotal total : devices.totals()) {
            json.writeStartObject();
            json.writeStringField("type", total.type().traceName());
            json.writeNumberField("devices", total.devices());
            json.writeNumberField("save_us", total.save());
            json.writeNumberField("load_us", total.load());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void messages(MigrationPair pair) throws IOException {
        json.writeArrayFieldStart("messages");
        for (Role role : Role.values()) {
            Optional<Run> run = pair.run(role);
            if (run.isEmpty()) {
                continue;
            }
            for (TraceEvent message : run.get().messages()) {
                LineRef where = message.header().where();
                json.writeStartObject();
                json.writeStringField("host", role.label());
                json.writeStringField("line", where.toString());
                JsonFields.number(json, "time_us", message.header().timeMicros());
                json.writeBooleanField("warning", MessageText.warning(message));
                json.writeStringField("text", MessageText.of(message));
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private void warnings(List<InputWarning> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (InputWarning warning : warnings) {
            json.writeStartObject();
            json.writeStringField("line", warning.where().toString());
            json.writeStringField("text", InputWarningWords.warning(warning));
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
