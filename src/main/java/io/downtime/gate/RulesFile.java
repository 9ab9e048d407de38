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
    static final JsonPointer RULES = JsonPointer.empty().appendProperty("rules");
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
        RuleFields top = new RuleFields(name, tree, JsonPointer.empty(), "");
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
        RuleFields fields = RuleFields.rule(file, tree, i, explicitName);
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
        fields = RuleFields.rule(file, tree, i, Optional.of(name));
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

    private static NoRegressionRule regression(String name, RuleFields fields, JsonNode node) throws RulesException {
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

    private static OutcomeRule outcome(String name, RuleFields fields, JsonNode node) throws RulesException {
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

    private static StrictRule strict(String name, RuleFields fields, JsonNode node) throws RulesException {
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

    private static BoundChoice bound(RuleFields fields, JsonNode node) throws RulesException {
        String value = fields.choice(node, "value", List.of("lower-bound", "upper-bound", "estimate"),
                Optional.of("lower-bound"));
        for (BoundChoice choice : BoundChoice.values()) {
            if (choice.label().equals(value)) {
                return choice;
            }
        }
        throw new IllegalStateException(value);
    }

    private static UnknownPolicy unknown(RuleFields fields, JsonNode node) throws RulesException {
        return fields.choice(node, "when_unknown", List.of("fail", "skip"), Optional.of("fail")).equals("skip")
                ? UnknownPolicy.SKIP : UnknownPolicy.FAIL;
    }

    private static Optional<DeviceOperation> operation(RuleFields fields, JsonNode node) throws RulesException {
        String operation = fields.choice(node, "operation", List.of("save", "load", "both"), Optional.of("both"));
        return operation.equals("both") ? Optional.empty()
                : Optional.of(operation.equals("save") ? DeviceOperation.SAVE : DeviceOperation.LOAD);
    }

    private static Optional<SectionType> type(RuleFields fields, JsonNode node) throws RulesException {
        String type = fields.choice(node, "type", List.of("iterable", "non-iterable", "any"), Optional.of("any"));
        return type.equals("any") ? Optional.empty()
                : Optional.of(type.equals("iterable") ? SectionType.ITERABLE : SectionType.NON_ITERABLE);
    }
}
