package io.downtime.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.downtime.clock.AlignmentQuality;
import io.downtime.compare.Thresholds;
import io.downtime.json.LocatedTree;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.outcome.MigrationResult;
import io.downtime.strict.Limits;
import io.downtime.strict.Policies;
import io.downtime.strict.Policy;
import io.downtime.strict.ReplayOptions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rules file: YAML, or JSON when the name ends in {@code .json} (docs/gate.md has the
 * schema). Everything is checked before any rule runs: a file over {@link #MAX_BYTES}, a key given
 * twice, an unknown field, a missing limit, a value of the wrong kind or out of its stated range is
 * an error that names the file, the line and column, the rule and the field.
 */
public final class RulesFile {
    public static final int VERSION = 1;
    /** A rules file of a thousand rules is about 100 KB; parsing a long YAML text takes time quadratic in it. */
    public static final long MAX_BYTES = 1 << 20;
    /** The largest time a rule checks against (max_ms, max_us, max_change_us): a day, longer than any downtime. */
    public static final long MAX_TIME_MICROS = 86_400_000_000L;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Set<String> TOP_LEVEL = Set.of("version", "rules");
    private static final JsonPointer RULES = JsonPointer.empty().appendProperty("rules");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "blackout", Set.of("max_ms", "value", "when_unknown"),
            "prediction-error", Set.of("max_ms", "value", "when_unknown"),
            "phase", Set.of("from", "to", "max_ms", "value", "when_unknown"),
            "device", Set.of("match", "max_us", "operation", "type", "when_unknown"),
            "clock-alignment", Set.of("at_least"),
            "no-rejected-lines", Set.of(),
            "outcome", Set.of("must_not_be", "must_be"),
            "no-regression", Set.of("max_change_pct", "max_change_us", "alpha", "figures"),
            "strict", Set.of("policy", "downtime_limit_ms", "switchover_limit_ms", "must_not", "rtt_ms",
                    "when_uncertain", "when_unknown"));

    private RulesFile() {
    }

    public static RuleBook read(Path file) throws RulesException {
        String name = file.toString();
        JsonFactory factory = file.getFileName().toString().endsWith(".json") ? new JsonFactory() : new YAMLFactory();
        LocatedTree tree;
        try {
            tree = LocatedTree.read(file, factory, MAX_BYTES, "a rules file");
        } catch (LocatedTree.Problem e) {
            throw new RulesException(name + e.where().map(where -> ":" + where).orElse("") + ": " + e.getMessage());
        }
        JsonNode root = tree.root();
        Fields top = new Fields(name, tree, JsonPointer.empty(), "");
        if (!root.isObject()) {
            throw top.error(null, "expected a mapping with version and rules (docs/gate.md)");
        }
        for (Iterator<String> fields = root.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!TOP_LEVEL.contains(field)) {
                throw top.error(field, "unknown field (known: version, rules)");
            }
        }
        JsonNode version = root.get("version");
        if (version == null) {
            throw top.error("version", "missing (write version: " + VERSION + ")");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() != VERSION) {
            throw top.error("version", version + " is not a version this analyzer reads (it reads " + VERSION + ")");
        }
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw top.error("rules", "expected a list of at least one rule");
        }
        List<Rule> read = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> given = new HashSet<>();
        for (JsonNode rule : rules) {
            if (rule.path("name").isTextual()) {
                given.add(rule.get("name").asText());
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            read.add(rule(name, tree, rules, i, names, given));
        }
        return new RuleBook(name, VERSION, read);
    }

    private static Rule rule(String file, LocatedTree tree, JsonNode rules, int i, Set<String> names, Set<String> given)
            throws RulesException {
        JsonNode node = rules.get(i);
        int index = i + 1;
        if (!node.isObject()) {
            throw new RulesException(file + ":" + tree.where(RULES.appendIndex(i)) + ": rule " + index
                    + ": expected a mapping with kind and its limits");
        }
        Optional<String> explicitName = node.path("name").isTextual() ? Optional.of(node.get("name").asText())
                : Optional.empty();
        Fields fields = Fields.rule(file, tree, i, explicitName);
        String kind = fields.text(node, "kind");
        Set<String> known = FIELDS.get(kind);
        if (known == null) {
            throw fields.error("kind", "\"" + kind + "\" is not a rule kind (known: " + String.join(", ",
                    new java.util.TreeSet<>(FIELDS.keySet())) + ")");
        }
        String name;
        if (explicitName.isPresent()) {
            name = explicitName.get();
            if (!NAME.matcher(name).matches()) {
                throw fields.error("name", "\"" + name + "\": use letters, digits, - and _ (it becomes the JUnit"
                        + " classname gate." + "NAME)");
            }
            if (!names.add(name)) {
                throw fields.error("name", "\"" + name + "\" is the name of an earlier rule; names must be unique");
            }
        } else if (node.has("name")) {
            throw fields.error("name", "expected text, got " + node.get("name"));
        } else {
            name = kind;
            for (int n = 2; names.contains(name) || given.contains(name); n++) {
                name = kind + "-" + n;
            }
            names.add(name);
        }
        fields = Fields.rule(file, tree, i, Optional.of(name));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("kind") && !field.equals("name") && !known.contains(field)) {
                throw fields.error(field, "unknown field for a " + kind + " rule (known: name, kind"
                        + (known.isEmpty() ? "" : ", " + String.join(", ", new java.util.TreeSet<>(known))) + ")");
            }
        }
        switch (kind) {
            case "blackout":
                return new BlackoutRule(name, fields.milliseconds(node, "max_ms"), bound(fields, node),
                        unknown(fields, node));
            case "prediction-error":
                return new PredictionErrorRule(name, fields.milliseconds(node, "max_ms"), bound(fields, node),
                        unknown(fields, node));
            case "phase":
                return new PhaseRule(name, fields.text(node, "from"), fields.text(node, "to"),
                        fields.milliseconds(node, "max_ms"), bound(fields, node), unknown(fields, node));
            case "device":
                return new DeviceRule(name, new DeviceGlob(fields.text(node, "match")), operation(fields, node),
                        type(fields, node), fields.micros(node, "max_us"), unknown(fields, node));
            case "clock-alignment":
                String atLeast = fields.choice(node, "at_least", List.of("one-sided", "two-sided"), Optional.empty());
                return new ClockRule(name, atLeast.equals("two-sided") ? AlignmentQuality.TWO_SIDED
                        : AlignmentQuality.ONE_SIDED);
            case "no-rejected-lines":
                return new NoRejectedLinesRule(name);
            case "strict":
                return strict(name, fields, node);
            case "outcome":
                return outcome(name, fields, node);
            default:
                return regression(name, fields, node);
        }
    }

    private static NoRegressionRule regression(String name, Fields fields, JsonNode node) throws RulesException {
        double percent = fields.number(node, "max_change_pct", Thresholds.MAX_CHANGE_PERCENT);
        long micros = fields.micros(node, "max_change_us");
        double alpha = Thresholds.DEFAULT_ALPHA;
        if (node.has("alpha")) {
            JsonNode value = node.get("alpha");
            alpha = value.isNumber() ? value.asDouble() : Double.NaN;
            if (!(alpha > 0 && alpha < 1)) {
                throw fields.error("alpha", "expected a significance level between 0 and 1, got " + value);
            }
        }
        Set<String> figures = new LinkedHashSet<>(NoRegressionRule.DEFAULT_FIGURES);
        if (node.has("figures")) {
            JsonNode list = node.get("figures");
            if (!list.isArray() || list.isEmpty()) {
                throw fields.error("figures", "expected a list of figure kinds ("
                        + String.join(", ", new java.util.TreeSet<>(NoRegressionRule.ALL_FIGURES)) + ")");
            }
            figures.clear();
            for (JsonNode figure : list) {
                if (!figure.isTextual() || !NoRegressionRule.ALL_FIGURES.contains(figure.asText())) {
                    throw fields.error("figures", figure + " is not a figure kind (known: "
                            + String.join(", ", new java.util.TreeSet<>(NoRegressionRule.ALL_FIGURES)) + ")");
                }
                figures.add(figure.asText());
            }
        }
        return new NoRegressionRule(name, new Thresholds(alpha, micros, percent), figures);
    }

    private static OutcomeRule outcome(String name, Fields fields, JsonNode node) throws RulesException {
        if (node.has("must_not_be") == node.has("must_be")) {
            throw fields.error(node.has("must_be") ? "must_be" : "must_not_be",
                    "give either must_not_be (results no migration may have) or must_be (the only results allowed)");
        }
        String field = node.has("must_be") ? "must_be" : "must_not_be";
        List<String> known = Arrays.stream(MigrationResult.values()).map(MigrationResult::label).toList();
        JsonNode list = node.get(field);
        if (!list.isArray() || list.isEmpty()) {
            throw fields.error(field, "expected a list of results (" + String.join(", ", known) + ")");
        }
        Set<MigrationResult> results = EnumSet.noneOf(MigrationResult.class);
        for (JsonNode result : list) {
            if (!result.isTextual() || !known.contains(result.asText())) {
                throw fields.error(field, result + " is not a result (known: " + String.join(", ", known) + ")");
            }
            results.add(MigrationResult.values()[known.indexOf(result.asText())]);
        }
        if (field.equals("must_be") && results.size() == MigrationResult.values().length) {
            throw fields.error(field, "allows every result: the rule could never fail");
        }
        return new OutcomeRule(name, field.equals("must_be") ? OutcomeRule.allOtherThan(results) : results);
    }

    private static StrictRule strict(String name, Fields fields, JsonNode node) throws RulesException {
        List<String> names = Policies.all().stream().map(Policy::name).toList();
        Policy policy = Policies.named(fields.choice(node, "policy", names, Optional.empty())).orElseThrow();
        Limits limits = new Limits(fields.limitMilliseconds(node, "downtime_limit_ms"),
                fields.limitMilliseconds(node, "switchover_limit_ms"));
        StrictExpectation mustNot = fields.choice(node, "must_not", List.of("fire", "miss-violation"), Optional.empty())
                .equals("fire") ? StrictExpectation.FIRE : StrictExpectation.MISS_VIOLATION;
        ReplayOptions options = node.has("rtt_ms")
                ? new ReplayOptions(OptionalLong.of(fields.milliseconds(node, "rtt_ms", Limits.MAX_MS * 1_000,
                        "QEMU's largest downtime-limit"))) : ReplayOptions.defaults();
        UnknownPolicy uncertain = fields.choice(node, "when_uncertain", List.of("fail", "skip"), Optional.of("fail"))
                .equals("skip") ? UnknownPolicy.SKIP : UnknownPolicy.FAIL;
        return new StrictRule(name, policy, limits, mustNot, options, uncertain, unknown(fields, node));
    }

    private static BoundChoice bound(Fields fields, JsonNode node) throws RulesException {
        String value = fields.choice(node, "value", List.of("lower-bound", "upper-bound", "estimate"),
                Optional.of("lower-bound"));
        for (BoundChoice choice : BoundChoice.values()) {
            if (choice.label().equals(value)) {
                return choice;
            }
        }
        throw new IllegalStateException(value);
    }

    private static UnknownPolicy unknown(Fields fields, JsonNode node) throws RulesException {
        return fields.choice(node, "when_unknown", List.of("fail", "skip"), Optional.of("fail")).equals("skip")
                ? UnknownPolicy.SKIP : UnknownPolicy.FAIL;
    }

    private static Optional<DeviceOperation> operation(Fields fields, JsonNode node) throws RulesException {
        String operation = fields.choice(node, "operation", List.of("save", "load", "both"), Optional.of("both"));
        return operation.equals("both") ? Optional.empty()
                : Optional.of(operation.equals("save") ? DeviceOperation.SAVE : DeviceOperation.LOAD);
    }

    private static Optional<SectionType> type(Fields fields, JsonNode node) throws RulesException {
        String type = fields.choice(node, "type", List.of("iterable", "non-iterable", "any"), Optional.of("any"));
        return type.equals("any") ? Optional.empty()
                : Optional.of(type.equals("iterable") ? SectionType.ITERABLE : SectionType.NON_ITERABLE);
    }

    /**
     * Typed field access; errors name the file, where the field is written (line:column; where its
     * mapping begins when it is missing), the rule (number and name) and the field.
     */
    private record Fields(String file, LocatedTree tree, JsonPointer pointer, String rule) {
        static Fields rule(String file, LocatedTree tree, int i, Optional<String> name) {
            return new Fields(file, tree, RULES.appendIndex(i), "rule " + (i + 1) + name.map(n -> " (" + n + ")").orElse(""));
        }

        /** @param field the field, null when the message is about the mapping itself */
        RulesException error(String field, String message) {
            String where = tree.where(field == null ? pointer : pointer.appendProperty(field)).toString();
            List<String> parts = new ArrayList<>(List.of(file + ":" + where));
            if (!rule.isEmpty()) {
                parts.add(rule);
            }
            if (field != null) {
                parts.add(LocatedTree.key(field));
            }
            parts.add(message);
            return new RulesException(String.join(": ", parts));
        }

        String text(JsonNode node, String field) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            if (!value.isTextual() || value.asText().isEmpty()) {
                throw error(field, "expected text, got " + value);
            }
            return value.asText();
        }

        /** A percentage or a factor: finite, from 0 to {@code max}. */
        double number(JsonNode node, String field, double max) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            if (!value.isNumber() || value.decimalValue().signum() < 0
                    || value.decimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
                throw error(field, "expected a number from 0 to " + BigDecimal.valueOf(max).stripTrailingZeros()
                        .toPlainString() + ", got " + value);
            }
            return value.asDouble();
        }

        long micros(JsonNode node, String field) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            if (!value.isIntegralNumber() || value.bigIntegerValue().signum() < 0
                    || value.bigIntegerValue().compareTo(BigInteger.valueOf(MAX_TIME_MICROS)) > 0) {
                throw error(field, "expected a whole number of µs from 0 to " + MAX_TIME_MICROS + " (a day), got " + value);
            }
            return value.asLong();
        }

        /** QEMU takes its limits in whole milliseconds, at most {@link Limits#MAX_MS}. */
        long limitMilliseconds(JsonNode node, String field) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            if (!value.isIntegralNumber() || value.bigIntegerValue().signum() < 0
                    || value.bigIntegerValue().compareTo(BigInteger.valueOf(Limits.MAX_MS)) > 0) {
                throw error(field, "expected a whole number of milliseconds from 0 to " + Limits.MAX_MS
                        + " (QEMU takes whole ms, up to 2000 s), got " + value);
            }
            return value.asLong();
        }

        /** Milliseconds down to the microsecond, from 0 to a day. */
        long milliseconds(JsonNode node, String field) throws RulesException {
            return milliseconds(node, field, MAX_TIME_MICROS, "a day");
        }

        long milliseconds(JsonNode node, String field, long maxMicros, String maxName) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            BigDecimal max = BigDecimal.valueOf(maxMicros, 3);
            if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().compareTo(max) > 0) {
                throw error(field, "expected a number of milliseconds from 0 to " + max.stripTrailingZeros().toPlainString()
                        + " (" + maxName + "), got " + value);
            }
            BigDecimal micros = value.decimalValue().movePointRight(3);
            if (micros.stripTrailingZeros().scale() > 0) {
                throw error(field, value + " ms is finer than a microsecond");
            }
            return micros.longValueExact();
        }

        String choice(JsonNode node, String field, List<String> choices, Optional<String> byDefault)
                throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (byDefault.isPresent()) {
                    return byDefault.get();
                }
                throw error(field, "missing (one of " + String.join(", ", choices) + ")");
            }
            if (!value.isTextual() || !choices.contains(value.asText())) {
                throw error(field, value + " is not one of " + String.join(", ", choices));
            }
            return value.asText();
        }
    }
}
