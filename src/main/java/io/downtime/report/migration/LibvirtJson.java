package io.downtime.report.migration;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.analysis.LibvirtMigration;
import io.downtime.analysis.LibvirtProcess;
import io.downtime.analysis.SwitchoverPause;
import io.downtime.crosscheck.CrossCheckInput;
import io.downtime.crosscheck.CrossCheckResult;
import io.downtime.crosscheck.MigrationCrossCheck;
import io.downtime.crosscheck.FigureCheck;
import io.downtime.crosscheck.ToolReport;
import io.downtime.crosscheck.TraceValue;
import io.downtime.json.JsonFields;
import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.QemuMessage;
import io.downtime.model.QemuStartup;
import io.downtime.report.words.AnalysisWords;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


/**
 * The JSON report's fields that only libvirt logs and cross-check reports bring (docs/report-json.md):
 * {@code domain_logs} and {@code cross_check_inputs} at the top, {@code libvirt},
 * {@code pause_before_switchover} and {@code cross_checks} in a migration.
 */
final class LibvirtJson {
    private final JsonGenerator json;

    LibvirtJson(JsonGenerator json) {
        this.json = json;
    }

    void domainLogs(List<ProcessSummary> processes) throws IOException {
        json.writeArrayFieldStart("domain_logs");
        for (ProcessSummary summary : processes) {
            json.writeStartObject();
            json.writeStringField("log", summary.log());
            process(summary.process());
            json.writeBooleanField("failed_start", summary.process().failedStart());
            json.writeStringField("what", summary.what());
            json.writeArrayFieldStart("messages");
            for (QemuMessage message : summary.process().qemuMessages()) {
                json.writeStartObject();
                json.writeStringField("line", message.header().where().toString());
                JsonFields.number(json, "time_us", message.header().timeMicros());
                json.writeStringField("text", message.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The fields of one QEMU process, inside an object being written. */
    private void process(QemuLifetime process) throws IOException {
        json.writeNumberField("process", process.number());
        json.writeNumberField("first_line", process.firstLine());
        json.writeNumberField("last_line", process.lastLine());
        JsonFields.string(json, "guest_name", process.guestName());
        JsonFields.string(json, "uuid", process.uuid());
        Optional<QemuStartup> startup = process.startup();
        JsonFields.string(json, "hostname", process.hostname());
        JsonFields.string(json, "libvirt_version", process.libvirtVersion());
        JsonFields.string(json, "libvirt_package", startup.flatMap(QemuStartup::libvirtPackage));
        JsonFields.string(json, "qemu_version", process.qemuVersion());
        JsonFields.string(json, "qemu_package", startup.flatMap(QemuStartup::qemuPackage).map(String::strip));
        JsonFields.string(json, "kernel", startup.flatMap(QemuStartup::kernel));
        JsonFields.number(json, "started_us", process.startMicros());
        JsonFields.number(json, "ended_us", process.endMicros());
        JsonFields.string(json, "end_reason", process.endReason());
        JsonFields.string(json, "incoming", process.incomingUri());
        json.writeBooleanField("started_paused", process.startedPaused());
    }

    void crossCheckInputs(CrossCheckResult report) throws IOException {
        json.writeArrayFieldStart("cross_check_inputs");
        for (CrossCheckInput input : report.inputs()) {
            ToolReport figures = input.report();
            json.writeStartObject();
            json.writeStringField("file", figures.origin());
            json.writeStringField("reported_by", figures.source().label());
            json.writeStringField("found", input.besideTheLogs() ? "beside-the-logs" : "given");
            JsonFields.string(json, "status", figures.status());
            JsonFields.string(json, "direction", figures.direction().map(d -> d.name().toLowerCase(Locale.ROOT)));
            JsonFields.number(json, "downtime_ms", figures.downtimeMs());
            JsonFields.number(json, "downtime_without_network_ms", figures.downtimeWithoutNetworkMs());
            JsonFields.number(json, "total_time_ms", figures.totalTimeMs());
            JsonFields.number(json, "total_time_without_network_ms", figures.totalTimeWithoutNetworkMs());
            JsonFields.number(json, "setup_time_ms", figures.setupTimeMs());
            JsonFields.number(json, "expected_downtime_ms", figures.expectedDowntimeMs());
            if (figures.downtimeBytes().isPresent()) {
                json.writeObjectFieldStart("downtime_bytes");
                json.writeNumberField("at_least", figures.downtimeBytes().get().bytes());
                json.writeNumberField("resolution", figures.downtimeBytes().get().resolution());
                json.writeEndObject();
            } else {
                json.writeNullField("downtime_bytes");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    void migration(Optional<LibvirtMigration> libvirt) throws IOException {
        if (libvirt.isEmpty()) {
            json.writeNullField("libvirt");
            return;
        }
        json.writeObjectFieldStart("libvirt");
        JsonFields.string(json, "guest_name", libvirt.get().guestName());
        JsonFields.string(json, "uuid", libvirt.get().uuid());
        side("source", libvirt.get().source());
        side("destination", libvirt.get().destination());
        JsonFields.string(json, "resumed_later", libvirt.get().resumedLater().map(AnalysisWords::resumedLater));
        json.writeEndObject();
    }

    private void side(String field, Optional<LibvirtProcess> side) throws IOException {
        if (side.isEmpty()) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("log", side.get().log());
        process(side.get().process());
        json.writeEndObject();
    }

    void pause(Optional<SwitchoverPause> pause) throws IOException {
        if (pause.isEmpty()) {
            json.writeNullField("pause_before_switchover");
            return;
        }
        json.writeObjectFieldStart("pause_before_switchover");
        json.writeStringField("from_line", pause.get().phase().from().where().toString());
        json.writeStringField("to_line", pause.get().phase().to().where().toString());
        json.writeStringField("to_state", pause.get().phase().to().name());
        JsonFields.number(json, "duration_us", pause.get().phase().duration().value());
        json.writeStringField("explanation", AnalysisWords.pause(pause.get()));
        json.writeEndObject();
    }

    void crossChecks(Optional<MigrationCrossCheck> crossChecks) throws IOException {
        if (crossChecks.isEmpty()) {
            json.writeNullField("cross_checks");
            return;
        }
        MigrationCrossCheck checks = crossChecks.get();
        json.writeObjectFieldStart("cross_checks");
        json.writeStringField("compared", CrossCheckWords.compared(checks));
        json.writeArrayFieldStart("trace");
        for (TraceValue value : checks.trace()) {
            json.writeStartObject();
            json.writeStringField("figure", value.figure().label());
            json.writeStringField("interval", value.figure().interval());
            JsonFields.estimate(json, "value_us", value.value());
            JsonFields.string(json, "unavailable", value.unavailable().map(CrossCheckWords::unknown));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("checks");
        for (FigureCheck check : checks.checks()) {
            json.writeStartObject();
            json.writeStringField("file", check.report().origin());
            json.writeStringField("reported_by", check.report().source().label());
            JsonFields.string(json, "direction", check.report().direction().map(d -> d.name().toLowerCase(Locale.ROOT)));
            json.writeStringField("figure", check.name());
            json.writeNumberField("reported_ms", check.reportedMs());
            json.writeStringField("against", check.figure().against().label());
            JsonFields.estimate(json, "trace_us", check.trace());
            JsonFields.estimate(json, "difference_us", check.difference());
            json.writeStringField("verdict", check.agreement().name().toLowerCase(Locale.ROOT));
            JsonFields.string(json, "sentence", CrossCheckWords.explanation(check));
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonFields.strings(json, "notes", checks.notes().stream().map(CrossCheckWords::note).toList());
        json.writeEndObject();
    }

}
