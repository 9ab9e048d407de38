package io.downtime.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.analysis.LibvirtMigration;
import io.downtime.analysis.LibvirtProcess;
import io.downtime.analysis.SwitchoverPause;
import io.downtime.crosscheck.CrossCheckInput;
import io.downtime.crosscheck.CrossCheckReport;
import io.downtime.crosscheck.CrossChecks;
import io.downtime.crosscheck.FigureCheck;
import io.downtime.crosscheck.ReportedFigures;
import io.downtime.crosscheck.TraceValue;
import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.QemuMessage;
import io.downtime.model.QemuStartup;

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
    private final JsonReport fields;

    LibvirtJson(JsonGenerator json, JsonReport fields) {
        this.json = json;
        this.fields = fields;
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
                fields.nullableNumber("time_us", message.header().timeMicros());
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
        fields.nullableString("guest_name", process.guestName());
        fields.nullableString("uuid", process.uuid());
        Optional<QemuStartup> startup = process.startup();
        fields.nullableString("hostname", process.hostname());
        fields.nullableString("libvirt_version", process.libvirtVersion());
        fields.nullableString("libvirt_package", startup.flatMap(QemuStartup::libvirtPackage));
        fields.nullableString("qemu_version", process.qemuVersion());
        fields.nullableString("qemu_package", startup.flatMap(QemuStartup::qemuPackage).map(String::strip));
        fields.nullableString("kernel", startup.flatMap(QemuStartup::kernel));
        fields.nullableNumber("started_us", process.startMicros());
        fields.nullableNumber("ended_us", process.endMicros());
        fields.nullableString("end_reason", process.endReason());
        fields.nullableString("incoming", process.incomingUri());
        json.writeBooleanField("started_paused", process.startedPaused());
    }

    void crossCheckInputs(CrossCheckReport report) throws IOException {
        json.writeArrayFieldStart("cross_check_inputs");
        for (CrossCheckInput input : report.inputs()) {
            ReportedFigures figures = input.figures();
            json.writeStartObject();
            json.writeStringField("file", figures.origin());
            json.writeStringField("reported_by", figures.source().label());
            json.writeStringField("found", input.besideTheLogs() ? "beside-the-logs" : "given");
            fields.nullableString("status", figures.status());
            fields.nullableString("direction", figures.direction().map(d -> d.name().toLowerCase(Locale.ROOT)));
            fields.nullableNumber("downtime_ms", figures.downtimeMs());
            fields.nullableNumber("downtime_without_network_ms", figures.downtimeWithoutNetworkMs());
            fields.nullableNumber("total_time_ms", figures.totalTimeMs());
            fields.nullableNumber("total_time_without_network_ms", figures.totalTimeWithoutNetworkMs());
            fields.nullableNumber("setup_time_ms", figures.setupTimeMs());
            fields.nullableNumber("expected_downtime_ms", figures.expectedDowntimeMs());
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
        fields.nullableString("guest_name", libvirt.get().guestName());
        fields.nullableString("uuid", libvirt.get().uuid());
        side("source", libvirt.get().source());
        side("destination", libvirt.get().destination());
        fields.nullableString("resumed_later", libvirt.get().resumedLater());
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
        fields.nullableNumber("duration_us", pause.get().phase().duration().value());
        json.writeStringField("explanation", pause.get().explanation());
        json.writeEndObject();
    }

    void crossChecks(Optional<CrossChecks> crossChecks) throws IOException {
        if (crossChecks.isEmpty()) {
            json.writeNullField("cross_checks");
            return;
        }
        CrossChecks checks = crossChecks.get();
        json.writeObjectFieldStart("cross_checks");
        json.writeStringField("compared", checks.why());
        json.writeArrayFieldStart("trace");
        for (TraceValue value : checks.trace()) {
            json.writeStartObject();
            json.writeStringField("figure", value.figure().label());
            json.writeStringField("interval", value.figure().interval());
            fields.nullableEstimate("value_us", value.value());
            fields.nullableString("unavailable", value.unavailable());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("checks");
        for (FigureCheck check : checks.checks()) {
            json.writeStartObject();
            json.writeStringField("file", check.report().origin());
            json.writeStringField("reported_by", check.report().source().label());
            fields.nullableString("direction", check.report().direction().map(d -> d.name().toLowerCase(Locale.ROOT)));
            json.writeStringField("figure", check.name());
            json.writeNumberField("reported_ms", check.reportedMs());
            json.writeStringField("against", check.figure().against().label());
            fields.nullableEstimate("trace_us", check.trace());
            fields.nullableEstimate("difference_us", check.difference());
            json.writeStringField("verdict", check.agreement().name().toLowerCase(Locale.ROOT));
            fields.nullableString("sentence", check.sentence());
            json.writeEndObject();
        }
        json.writeEndArray();
        fields.strings("notes", checks.notes());
        json.writeEndObject();
    }

}
