package io.downtime.runset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.downtime.blackout.DeviceTimes;
import io.downtime.json.EstimateJson;
import io.downtime.json.JsonFields;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.OutcomeKind;
import io.downtime.run.RunStatus;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The baseline file's schema, stated once as types (docs/baseline.md): {@link BaselineFile} writes these
 * records, and reads back exactly the fields they declare, in their order (a field it does not know is
 * an error that lists them). A field's name is its component's in snake_case, unless annotated.
 */
final class BaselineJson {
    private static final PropertyNamingStrategies.NamingBase NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    /** Each record's fields, read once: the reader checks every mapping of a baseline against them. */
    static final List<String> DOCUMENT_FIELDS = fields(Document.class);
    static final List<String> ALIGNMENT_FIELDS = fields(Alignment.class);
    static final List<String> INPUT_FIELDS = fields(Input.class);
    static final List<String> RUN_FIELDS = fields(Run.class);
    static final List<String> OUTCOME_FIELDS = fields(Outcome.class);
    static final List<String> PHASE_FIELDS = fields(Phase.class);
    static final List<String> DEVICE_FIELDS = fields(Device.class);
    static final List<String> ESTIMATE_FIELDS = fields(EstimateJson.class);

    private BaselineJson() {
    }

    record Document(String format, int formatVersion, String toolVersion, String label, Alignment alignment,
                    List<Input> inputs, List<Run> runs) {
        static Document of(Baseline baseline, StoredReasons reasons) {
            return new Document(BaselineFile.FORMAT, BaselineFile.FORMAT_VERSION, baseline.toolVersion(),
                    baseline.label(), new Alignment(baseline.returnPath(), baseline.handshake()),
                    baseline.inputs().stream().map(i -> new Input(i.path(), i.bytes(), i.sha256())).toList(),
                    baseline.runs().stream().map(run -> Run.of(run, reasons)).toList());
        }
    }

    record Alignment(String returnPath, String handshake) {
    }

    record Input(String path, long bytes, String sha256) {
    }

    record Run(String label, @JsonProperty("case") String caseName, int migration, int migrations, String mode,
               String sourceStatus, String destinationStatus, Outcome outcome, String clock, EstimateJson blackoutUs,
               String blackoutUnavailable, Long qemuDowntimeUs, Long expectedDowntimeUs,
               String expectedDowntimeUnavailable, List<Phase> phases, List<Device> devices) {
        static Run of(RunFigures run, StoredReasons reasons) {
            return new Run(run.ref().label(), run.ref().caseName(), run.ref().migration(), run.ref().migrations(),
                    run.mode().label(), run.sourceStatus().map(RunStatus::label).orElse(null),
                    run.destinationStatus().map(RunStatus::label).orElse(null), Outcome.of(run.outcome()),
                    run.clock().label(), run.blackout().map(EstimateJson::of).orElse(null),
                    run.blackoutUnavailable().map(reasons.blackout()).orElse(null), JsonFields.boxed(run.qemuDowntime()),
                    JsonFields.boxed(run.expectedDowntime()), run.expectedDowntimeUnavailable().map(reasons.expected()).orElse(null),
                    run.phases().stream().map(Phase::of).toList(), run.devices().stream().map(Device::of).toList());
        }
    }

    record Outcome(String result, String endedIn, String guestStopped) {
        static Outcome of(OutcomeKind outcome) {
            return new Outcome(outcome.result().label(), outcome.endedIn().map(EndedIn::label).orElse(null),
                    outcome.guestStopped().label());
        }
    }

    record Phase(String from, String fromHost, String fromKind, String to, String toHost, String toKind,
                 int occurrence, boolean inBlackout, EstimateJson durationUs) {
        static Phase of(PhaseTime phase) {
            PhaseKey key = phase.key();
            return new Phase(key.from(), key.fromHost().abbreviation(), key.fromKind().label(), key.to(),
                    key.toHost().abbreviation(), key.toKind().label(), key.occurrence(), phase.inBlackout(),
                    EstimateJson.of(phase.duration()));
        }
    }

    record Device(String idstr, long instanceId, String type, @JsonUnwrapped DeviceTimesJson times) {
        static Device of(DeviceTimes device) {
            return new Device(device.key().idstr(), device.key().instanceId(), device.key().type().traceName(),
                    DeviceTimesJson.of(device));
        }
    }

    /**
     * The fields a record of this schema is written with, in order: what the reader accepts. (A
     * component's Jackson annotations reach its accessor, not the component itself: their targets do
     * not include record components.)
     */
    static List<String> fields(Class<? extends Record> type) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                @SuppressWarnings("unchecked")
                Class<? extends Record> inner = (Class<? extends Record>) component.getType();
                fields.addAll(fields(inner));
            } else {
                fields.add(Optional.ofNullable(component.getAccessor().getAnnotation(JsonProperty.class)).map(JsonProperty::value)
                        .orElseGet(() -> NAMES.translate(component.getName())));
            }
        }
        return List.copyOf(fields);
    }
}
