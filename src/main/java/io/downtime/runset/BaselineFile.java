package io.downtime.runset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.analysis.DeviceKey;
import io.downtime.analysis.DeviceTimes;
import io.downtime.analysis.MilestoneKind;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.json.JsonDocument;
import io.downtime.json.JsonFields;
import io.downtime.model.SectionType;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.GuestStopped;
import io.downtime.outcome.MigrationResult;
import io.downtime.outcome.OutcomeKind;
import io.downtime.run.MigrationMode;
import io.downtime.run.Role;
import io.downtime.run.RunStatus;
import io.downtime.trace.TraceInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The baseline file: JSON, {@code "format": "analyzer-baseline"}, versioned by
 * {@code format_version} (docs/gate.md lists every field). Times are whole µs; an uncertain time is
 * {@code {"low", "high", "estimate"}} as in the report's JSON, an unknown end {@code null}.
 */
public final class BaselineFile {
    public static final String FORMAT = "analyzer-baseline";
    public static final int FORMAT_VERSION = 1;

    private BaselineFile() {
    }

    /** The inputs of a run set with their sizes and checksums, as a baseline records them. */
    public static List<Baseline.Input> inputs(RunSet set) {
        List<Baseline.Input> inputs = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        for (TraceInput file : set.files()) {
            // Each input read once, as the accounting names it (a path given twice is one input).
            if (!set.accounting().containsKey(file.name()) || !recorded.add(file.name())) {
                continue;
            }
            Path path = file.path().orElseThrow();
            String name = file.name();
            if (!Files.isRegularFile(path)) {
                // A pipe or FIFO was read once and is gone: its checksum would be of nothing.
                String message = name + ": is not a regular file (a pipe or FIFO?): a baseline records the size and"
                        + " SHA-256 of every input, read again from the file; save it to a file first";
                throw new UncheckedIOException(message, new IOException(message));
            }
            try {
                inputs.add(new Baseline.Input(name, Files.size(path), sha256(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": cannot be read again for its checksum: " + e.getMessage(), e);
            }
        }
        return inputs;
    }

    public static void write(Baseline baseline, Writer out) throws IOException {
        JsonGenerator json = JsonDocument.begin(out, FORMAT, FORMAT_VERSION);
        json.writeStringField("tool_version", baseline.toolVersion());
        json.writeStringField("label", baseline.label());
        json.writeObjectFieldStart("alignment");
        json.writeStringField("return_path", baseline.returnPath());
        json.writeStringField("handshake", baseline.handshake());
        json.writeEndObject();
        json.writeArrayFieldStart("inputs");
        for (Baseline.Input input : baseline.inputs()) {
            json.writeStartObject();
            json.writeStringField("path", input.path());
            json.writeNumberField("bytes", input.bytes());
            json.writeStringField("sha256", input.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("runs");
        for (RunFigures run : baseline.runs()) {
            run(json, run);
        }
        json.writeEndArray();
        JsonDocument.end(json);
    }

    private static void run(JsonGenerator json, RunFigures run) throws IOException {
        json.writeStartObject();
        json.writeStringField("label", run.ref().label());
        json.writeStringField("case", run.ref().caseName());
        json.writeNumberField("migration", run.ref().migration());
        json.writeNumberField("migrations", run.ref().migrations());
        json.writeStringField("mode", run.mode().label());
        JsonFields.string(json, "source_status", run.sourceStatus().map(RunStatus::label));
        JsonFields.string(json, "destination_status", run.destinationStatus().map(RunStatus::label));
        json.writeObjectFieldStart("outcome");
        json.writeStringField("result", run.outcome().result().label());
        JsonFields.string(json, "ended_in", run.outcome().endedIn().map(EndedIn::label));
        json.writeStringField("guest_stopped", run.outcome().guestStopped().label());
        json.writeEndObject();
        json.writeStringField("clock", run.clock().label());
        JsonFields.estimate(json, "blackout_us", run.blackout());
        JsonFields.string(json, "blackout_unavailable", run.blackoutUnavailable());
        JsonFields.number(json, "qemu_downtime_us", run.qemuDowntime());
        json.writeArrayFieldStart("phases");
        for (PhaseTime phase : run.phases()) {
            json.writeStartObject();
            FigureKeyFields.phase(json, phase.key());
            json.writeBooleanField("in_blackout", phase.inBlackout());
            JsonFields.estimate(json, "duration_us", Optional.of(phase.duration()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("devices");
        for (DeviceTimes device : run.devices()) {
            json.writeStartObject();
            FigureKeyFields.device(json, device.key());
            JsonFields.number(json, "save_us", device.save());
            JsonFields.number(json, "load_us", device.load());
            json.writeNumberField("saves", device.saves());
            json.writeNumberField("loads", device.loads());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** True when the file looks like a baseline (a JSON object whose {@code format} says so). */
    public static boolean looksLikeBaseline(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode format = new ObjectMapper().readTree(in).path("format");
            return FORMAT.equals(format.asText());
        } catch (IOException e) {
            return false;
        }
    }

    public static Baseline read(Path file) throws BaselineException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new BaselineException(file + ": not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot be read: " + e.getMessage());
        }
        Fields fields = new Fields(file.toString());
        if (root == null || !root.isObject()) {
            throw new BaselineException(file + ": not a baseline (expected a JSON object)");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw fields.error("format", "expected \"" + FORMAT + "\" (made by analyzer baseline)");
        }
        long version = fields.whole(root, "format_version");
        if (version != FORMAT_VERSION) {
            throw fields.error("format_version", "version " + version + " is not known to this analyzer (it reads "
                    + FORMAT_VERSION + "); make the baseline again with this version");
        }
        List<Baseline.Input> inputs = new ArrayList<>();
        JsonNode inputNodes = fields.array(root, "inputs");
        for (int i = 0; i < inputNodes.size(); i++) {
            Fields at = fields.at("inputs[" + i + "]");
            JsonNode input = inputNodes.get(i);
            inputs.add(new Baseline.Input(at.text(input, "path"), at.whole(input, "bytes"), at.text(input, "sha256")));
        }
        List<RunFigures> runs = new ArrayList<>();
        JsonNode runNodes = fields.array(root, "runs");
        for (int i = 0; i < runNodes.size(); i++) {
            runs.add(run(runNodes.get(i), fields.at("runs[" + i + "]")));
        }
        JsonNode alignment = root.path("alignment");
        return new Baseline(fields.text(root, "tool_version"), fields.text(root, "label"),
                alignment.path("return_path").asText("auto"), alignment.path("handshake").asText("auto"), inputs, runs);
    }

    private static RunFigures run(JsonNode node, Fields fields) throws BaselineException {
        RunRef ref = new RunRef(fields.text(node, "label"), fields.text(node, "case"), (int) fields.whole(node, "migration"),
                (int) fields.whole(node, "migrations"));
        MigrationMode mode = fields.label(node, "mode", MigrationMode.values(), MigrationMode::label);
        Optional<RunStatus> source = fields.optionalLabel(node, "source_status", RunStatus.values(), RunStatus::label);
        Optional<RunStatus> destination = fields.optionalLabel(node, "destination_status", RunStatus.values(),
                RunStatus::label);
        AlignmentQuality clock = fields.label(node, "clock", AlignmentQuality.values(), AlignmentQuality::label);
        Optional<Estimate> blackout = fields.estimate(node, "blackout_us");
        Optional<String> unavailable = node.path("blackout_unavailable").isTextual()
                ? Optional.of(node.get("blackout_unavailable").asText()) : Optional.empty();
        OptionalLong qemu = fields.optionalWhole(node, "qemu_downtime_us");
        List<PhaseTime> phases = new ArrayList<>();
        JsonNode phaseNodes = fields.array(node, "phases");
        for (int i = 0; i < phaseNodes.size(); i++) {
            JsonNode p = phaseNodes.get(i);
            Fields at = fields.at("phases[" + i + "]");
            PhaseKey key = new PhaseKey(at.label(p, "from_host", Role.values(), Role::abbreviation),
                    at.label(p, "from_kind", MilestoneKind.values(), MilestoneKind::label), at.text(p, "from"),
                    at.label(p, "to_host", Role.values(), Role::abbreviation),
                    at.label(p, "to_kind", MilestoneKind.values(), MilestoneKind::label), at.text(p, "to"),
                    (int) at.whole(p, "occurrence"));
            Estimate duration = at.estimate(p, "duration_us")
                    .orElseThrow(() -> at.error("duration_us", "a phase needs its duration"));
            phases.add(new PhaseTime(key, duration, at.bool(p, "in_blackout")));
        }
        List<DeviceTimes> devices = new ArrayList<>();
        JsonNode deviceNodes = fields.array(node, "devices");
        for (int i = 0; i < deviceNodes.size(); i++) {
            JsonNode d = deviceNodes.get(i);
            Fields at = fields.at("devices[" + i + "]");
            DeviceKey key = new DeviceKey(at.text(d, "idstr"), at.whole(d, "instance_id"),
                    at.label(d, "type", SectionType.values(), SectionType::traceName));
            devices.add(new DeviceTimes(key, at.optionalWhole(d, "save_us"), at.optionalWhole(d, "load_us"),
                    (int) at.whole(d, "saves"), (int) at.whole(d, "loads")));
        }
        return new RunFigures(ref, mode, source, destination, clock, blackout, unavailable, qemu, phases, devices,
                outcome(node, fields));
    }

    /** A baseline written before outcomes were recorded has none: its outcomes are unknown. */
    private static OutcomeKind outcome(JsonNode node, Fields fields) throws BaselineException {
        if (!node.has("outcome")) {
            return OutcomeKind.unrecorded();
        }
        JsonNode outcome = node.get("outcome");
        if (!outcome.isObject()) {
            throw fields.error("outcome", "expected an object with result, ended_in and guest_stopped");
        }
        Fields at = fields.at("outcome");
        return new OutcomeKind(at.label(outcome, "result", MigrationResult.values(), MigrationResult::label),
                at.optionalLabel(outcome, "ended_in", EndedIn.values(), EndedIn::label),
                at.label(outcome, "guest_stopped", GuestStopped.values(), GuestStopped::label));
    }

    private static String sha256(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Typed access to fields, with errors that name the file and the field's path. */
    private record Fields(String file, String prefix) {
        Fields(String file) {
            this(file, "");
        }

        Fields at(String path) {
            return new Fields(file, prefix + path + ".");
        }

        BaselineException error(String field, String message) {
            return new BaselineException(file + ": " + prefix + field + ": " + message);
        }

        String text(JsonNode node, String field) throws BaselineException {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw error(field, value == null ? "missing" : "expected text, got " + value);
            }
            return value.asText();
        }

        long whole(JsonNode node, String field) throws BaselineException {
            JsonNode value = node.get(field);
            if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
                throw error(field, value == null ? "missing" : "expected a whole number, got " + value);
            }
            return value.asLong();
        }

        OptionalLong optionalWhole(JsonNode node, String field) throws BaselineException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(whole(node, field));
        }

        boolean bool(JsonNode node, String field) throws BaselineException {
            JsonNode value = node.get(field);
            if (value == null || !value.isBoolean()) {
                throw error(field, value == null ? "missing" : "expected true or false, got " + value);
            }
            return value.asBoolean();
        }

        JsonNode array(JsonNode node, String field) throws BaselineException {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw error(field, value == null ? "missing" : "expected a list");
            }
            return value;
        }

        Optional<Estimate> estimate(JsonNode node, String field) throws BaselineException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isObject()) {
                throw error(field, "expected {\"low\", \"high\", \"estimate\"} or null");
            }
            Fields inner = at(field);
            Interval bounds = new Interval(inner.optionalWhole(value, "low"), inner.optionalWhole(value, "high"));
            return Optional.of(new Estimate(bounds, inner.optionalWhole(value, "estimate")));
        }

        <T> T label(JsonNode node, String field, T[] values, Function<T, String> label) throws BaselineException {
            String text = text(node, field);
            for (T value : values) {
                if (label.apply(value).equals(text)) {
                    return value;
                }
            }
            List<String> known = new ArrayList<>();
            for (T value : values) {
                known.add(label.apply(value));
            }
            throw error(field, "\"" + text + "\" is not one of " + String.join(", ", known));
        }

        <T> Optional<T> optionalLabel(JsonNode node, String field, T[] values, Function<T, String> label)
                throws BaselineException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.of(label(node, field, values, label));
        }
    }
}
