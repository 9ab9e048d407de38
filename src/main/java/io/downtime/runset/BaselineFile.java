package io.downtime.runset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.DeviceKey;
import io.downtime.blackout.DeviceTimes;
import io.downtime.analysis.MilestoneKind;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.Estimate;
import io.downtime.json.JsonDocument;
import io.downtime.json.LocatedTree;
import io.downtime.model.SectionType;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.GuestStopped;
import io.downtime.outcome.MigrationResult;
import io.downtime.outcome.OutcomeKind;
import io.downtime.run.MigrationMode;
import io.downtime.run.Role;
import io.downtime.run.RunStatus;
import io.downtime.trace.TraceInput;
import io.downtime.why.DecisionGap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The baseline file: JSON, {@code "format": "analyzer-baseline"}, versioned by
 * {@code format_version} (docs/gate.md lists every field). Times are whole µs; an uncertain time is
 * {@code {"low", "high", "estimate"}} as in the report's JSON, an unknown end {@code null}.
 */
public final class BaselineFile {
    public static final String FORMAT = "analyzer-baseline";
    public static final int FORMAT_VERSION = 1;
    /**
     * The largest baseline read: about 5,000 migrations of sample size (12.6 KB each as written). Read
     * whole into a tree it takes several times its size of heap: compare against a 63 MB baseline
     * peaked at 484 MB resident in the launcher's 1 GiB heap (docs/robustness.md).
     */
    public static final long MAX_BYTES = 64L << 20;
    private static final List<String> SWITCHES = List.of("auto", "on", "off");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

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

    /** Writes {@code baseline}, its reasons in the words of {@code reasons} (docs/architecture.md). */
    public static void write(Baseline baseline, StoredReasons reasons, Writer out) throws IOException {
        JsonDocument.write(out, BaselineJson.Document.of(baseline, reasons));
    }

    /**
     * True when the file looks like a baseline: a {@code .json} file whose top-level {@code format}
     * says so. Read as a stream, the rest skipped, so a file of any size or shape is looked at quickly.
     */
    public static boolean looksLikeBaseline(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".json")) {
            return false;
        }
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("format")) {
                    return value == JsonToken.VALUE_STRING && FORMAT.equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads and checks a baseline as fully as a rules file: every field known, present and of its
     * kind, no key twice, times and counts in their ranges, intervals not inverted, at least one run,
     * no migration twice; each error names the file, the line and column, and the field's path.
     */
    public static Baseline read(Path file) throws BaselineException {
        LocatedTree tree;
        try {
            tree = LocatedTree.read(file, new JsonFactory(), MAX_BYTES, "a baseline");
        } catch (LocatedTree.Problem e) {
            throw new BaselineException(file + e.where().map(where -> ":" + where).orElse("") + ": " + e.getMessage());
        }
        JsonNode root = tree.root();
        BaselineFields fields = new BaselineFields(file.toString(), tree, root, JsonPointer.empty(), "");
        if (!root.isObject()) {
            throw fields.error(null, "not a baseline (expected a JSON object made by analyzer baseline)");
        }
        fields.known(BaselineJson.DOCUMENT_FIELDS);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw fields.error("format", "expected \"" + FORMAT + "\" (made by analyzer baseline)");
        }
        long version = fields.whole("format_version", 0, Long.MAX_VALUE);
        if (version != FORMAT_VERSION) {
            throw fields.error("format_version", "version " + version + " is not known to this analyzer (it reads "
                    + FORMAT_VERSION + "); make the baseline again with this version");
        }
        String returnPath = "auto";
        String handshake = "auto";
        if (root.has("alignment")) {
            BaselineFields alignment = fields.object("alignment");
            alignment.known(BaselineJson.ALIGNMENT_FIELDS);
            returnPath = alignment.choice("return_path", SWITCHES);
            handshake = alignment.choice("handshake", SWITCHES);
        }
        List<Baseline.Input> inputs = new ArrayList<>();
        BaselineFields inputList = fields.array("inputs");
        for (int i = 0; i < inputList.node().size(); i++) {
            BaselineFields input = inputList.element(i);
            input.known(BaselineJson.INPUT_FIELDS);
            String sha256 = input.text("sha256");
            if (!SHA256.matcher(sha256).matches()) {
                throw input.error("sha256", "expected 64 hexadecimal digits, got \"" + sha256 + "\"");
            }
            inputs.add(new Baseline.Input(input.text("path"), input.whole("bytes", 0, Long.MAX_VALUE), sha256));
        }
        List<RunFigures> runs = new ArrayList<>();
        BaselineFields runList = fields.array("runs");
        if (runList.node().isEmpty()) {
            throw fields.error("runs", "no migration: a baseline holds at least one (analyzer baseline writes none"
                    + " without); a gate against it would pass whatever it checks");
        }
        Map<RunRef, Integer> seen = new HashMap<>();
        for (int i = 0; i < runList.node().size(); i++) {
            BaselineFields run = runList.element(i);
            RunFigures figures = run(run);
            Integer earlier = seen.putIfAbsent(figures.ref(), i);
            if (earlier != null) {
                throw run.error(null, "the same migration as runs[" + earlier + "] (label, case and migration): each"
                        + " migration is recorded once");
            }
            runs.add(figures);
        }
        return new Baseline(fields.text("tool_version"), fields.text("label"), returnPath, handshake, inputs, runs);
    }

    private static RunFigures run(BaselineFields run) throws BaselineException {
        run.known(BaselineJson.RUN_FIELDS);
        int migrations = (int) run.whole("migrations", 1, Integer.MAX_VALUE);
        int migration = (int) run.whole("migration", 1, migrations);
        RunRef ref = new RunRef(run.text("label"), run.text("case"), migration, migrations);
        MigrationMode mode = run.label("mode", MigrationMode.values(), MigrationMode::label);
        Optional<RunStatus> source = run.optionalLabel("source_status", RunStatus.values(), RunStatus::label);
        Optional<RunStatus> destination = run.optionalLabel("destination_status", RunStatus.values(), RunStatus::label);
        AlignmentQuality clock = run.label("clock", AlignmentQuality.values(), AlignmentQuality::label);
        Optional<Estimate> blackout = run.estimate("blackout_us", true);
        // Stored as text (any version's words): said back as it was.
        Optional<BlackoutUnavailable> unavailable = run.optionalText("blackout_unavailable")
                .map(BlackoutUnavailable.Recorded::new);
        OptionalLong qemu = run.optionalWhole("qemu_downtime_us", 0, Long.MAX_VALUE);
        // Baselines written before QEMU's prediction was read have no such field: its prediction is unknown.
        OptionalLong expected = run.optionalWhole("expected_downtime_us", 0, Long.MAX_VALUE);
        // Its reason is stored as text too: said back as it was.
        Optional<DecisionGap> noExpected = expected.isPresent() ? Optional.empty()
                : run.optionalText("expected_downtime_unavailable").<DecisionGap>map(DecisionGap.Recorded::new)
                .or(() -> Optional.of(new DecisionGap.NotInBaseline()));
        List<PhaseTime> phases = new ArrayList<>();
        BaselineFields phaseList = run.array("phases");
        for (int i = 0; i < phaseList.node().size(); i++) {
            BaselineFields p = phaseList.element(i);
            p.known(BaselineJson.PHASE_FIELDS);
            PhaseKey key = new PhaseKey(p.label("from_host", Role.values(), Role::abbreviation),
                    p.label("from_kind", MilestoneKind.values(), MilestoneKind::label), p.text("from"),
                    p.label("to_host", Role.values(), Role::abbreviation),
                    p.label("to_kind", MilestoneKind.values(), MilestoneKind::label), p.text("to"),
                    (int) p.whole("occurrence", 1, Integer.MAX_VALUE));
            Estimate duration = p.estimate("duration_us", false)
                    .orElseThrow(() -> p.error("duration_us", "a phase needs its duration"));
            phases.add(new PhaseTime(key, duration, p.bool("in_blackout")));
        }
        List<DeviceTimes> devices = new ArrayList<>();
        BaselineFields deviceList = run.array("devices");
        for (int i = 0; i < deviceList.node().size(); i++) {
            BaselineFields d = deviceList.element(i);
            d.known(BaselineJson.DEVICE_FIELDS);
            DeviceKey key = new DeviceKey(d.text("idstr"), d.whole("instance_id", 0, Long.MAX_VALUE),
                    d.label("type", SectionType.values(), SectionType::traceName));
            // Baselines written before loads were told apart from those after the guest started have no such field.
            boolean late = d.node().has("after_guest_started") && d.bool("after_guest_started");
            // Device times as QEMU wrote them: a negative one is what a log said (the report warned of it).
            devices.add(new DeviceTimes(key, d.optionalWhole("save_us", Long.MIN_VALUE, Long.MAX_VALUE),
                    d.optionalWhole("load_us", Long.MIN_VALUE, Long.MAX_VALUE),
                    (int) d.whole("saves", 0, Integer.MAX_VALUE), (int) d.whole("loads", 0, Integer.MAX_VALUE), late));
        }
        return new RunFigures(ref, mode, source, destination, clock, blackout, unavailable, qemu, phases, devices,
                outcome(run), expected, noExpected);
    }

    /** A baseline written before outcomes were recorded has none: its outcomes are unknown. */
    private static OutcomeKind outcome(BaselineFields run) throws BaselineException {
        if (!run.node().has("outcome")) {
            return OutcomeKind.unrecorded();
        }
        BaselineFields at = run.object("outcome");
        at.known(BaselineJson.OUTCOME_FIELDS);
        return new OutcomeKind(at.label("result", MigrationResult.values(), MigrationResult::label),
                at.optionalLabel("ended_in", EndedIn.values(), EndedIn::label),
                at.label("guest_stopped", GuestStopped.values(), GuestStopped::label));
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
}
