package io.downtime.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.downtime.clock.AlignmentQuality;
import io.downtime.compare.Thresholds;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.outcome.MigrationResult;
import io.downtime.strict.Limits;
import io.downtime.strict.Policies;
import io.downtime.strict.Policy;
import io.downtime.strict.ReplayOptions;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * schema). Everything is checked before any rule runs: an unknown field, a missing limit or a
 * value of the wrong kind is an error that names the file, the rule and the field.
 */
public final class RulesFile {
    public static final int VERSION = 1;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Set<String> TOP_LEVEL = Set.of("version", "rules");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "blackout", Set.of("max_ms", "value", "when_unknown"),
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
        JsonNode root = parse(file);
        String name = file.toString();
        if (root == null || !root.isObject()) {
            throw new RulesException(name + ": expected a mapping with version and rules (docs/gate.md)");
        }
        for (Iterator<String> fields = root.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!TOP_LEVEL.contains(field)) {
                throw new RulesException(name + ": " + field + ": unknown field (known: version, rules)");
            }
        }
        JsonNode version = root.get("version");
        if (version == null) {
            throw new RulesException(name + ": version: missing (write version: " + VERSION + ")");
        }
        if (!version.isIntegralNumber() || version.asInt() != VERSION) {
            throw new RulesException(name + ": version: " + version + " is not a version this analyzer reads (it reads "
                    + VERSION + ")");
        }
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw new RulesException(name + ": rules: expected a list of at least one rule");
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
            read.add(rule(name, i + 1, rules.get(i), names, given));
        }
        return new RuleBook(name, VERSION, read);
    }

    private static JsonNode parse(Path file) throws RulesException {
        JsonFactory factory = file.getFileName().toString().endsWith(".json") ? new JsonFactory() : new YAMLFactory();
        try (InputStream in = Files.newInputStream(file)) {
            return new ObjectMapper(factory).readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new RulesException(file + ": not valid " + (factory instanceof YAMLFactory ? "YAML" : "JSON") + where
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (NoSuchFileException e) {
            throw new RulesException(file + ": no such file");
        } catch (IOException e) {
            throw new RulesException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static Rule rule(String file, int index, JsonNode node, Set<String> names, Set<String> given)
            throws RulesException {
        Fields fields = new Fields(file, index, Optional.empty());
        if (!node.isObject()) {
            throw fields.error("", "expected a mapping with kind and its limits");
        }
        Optional<String> explicitName = node.path("name").isTextual() ? Optional.of(node.get("name").asText())
                : Optional.empty();
        fields = new Fields(file, index, explicitName);
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
        fields = new Fields(file, index, Optional.of(name));
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
        double percent = fields.number(node, "max_change_pct");
        long micros = fields.micros(node, "max_change_us");
        double alpha = node.has("alpha") ? fields.number(node, "alpha") : Thresholds.DEFAULT_ALPHA;
        if (!(alpha > 0 && alpha < 1)) {
            throw fields.error("alpha", "expected a significance level between 0 and 1, got " + node.get("alpha"));
        }
        Set<String> figures = new LinkedHashSet<>(NoRegressionRule.ALL_FIGURES);
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
        Limits limits = new Limits(fields.wholeMilliseconds(node, "downtime_limit_ms"),
                fields.wholeMilliseconds(node, "switchover_limit_ms"));
        StrictExpectation mustNot = fields.choice(node, "must_not", List.of("fire", "miss-violation"), Optional.empty())
                .equals("fire") ? StrictExpectation.FIRE : StrictExpectation.MISS_VIOLATION;
        ReplayOptions options = node.has("rtt_ms")
                ? new ReplayOptions(OptionalLong.of(fields.milliseconds(node, "rtt_ms"))) : ReplayOptions.defaults();
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

    /** Typed field access; errors name the file, the rule (number and name) and the field. */
    private record Fields(String file, int index, Optional<String> name) {
        RulesException error(String field, String message) {
            return new RulesException(file + ": rule " + index + name.map(n -> " (" + n + ")").orElse("")
                    + (field.isEmpty() ? "" : ": " + field) + ": " + message);
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

        double number(JsonNode node, String field) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            if (!value.isNumber() || value.asDouble() < 0) {
                throw error(field, "expected a number of at least 0, got " + value);
            }
            return value.asDouble();
        }

        long micros(JsonNode node, String field) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                throw error(field, "expected a whole number of µs of at least 0, got " + value);
            }
            return value.asLong();
        }

        /** QEMU takes its limits in whole milliseconds. */
        long wholeMilliseconds(JsonNode node, String field) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                throw error(field, "expected a whole number of milliseconds of at least 0 (QEMU takes whole ms), got "
                        + value);
            }
            return value.asLong();
        }

        long milliseconds(JsonNode node, String field) throws RulesException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw error(field, "missing");
            }
            if (!value.isNumber() || value.decimalValue().signum() < 0) {
                throw error(field, "expected a number of milliseconds of at least 0, got " + value);
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
