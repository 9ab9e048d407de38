package io.downtime.gate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.downtime.json.LocatedTree;
import io.downtime.strict.Limits;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to one rule's fields as {@link RulesFile} reads them; errors name the file, where the field is written (line:column; where its
 * mapping begins when it is missing), the rule (number and name) and the field.
 */
record RuleFields(String file, LocatedTree tree, JsonPointer pointer, String rule) {
    static RuleFields rule(String file, LocatedTree tree, int i, Optional<String> name) {
        return new RuleFields(file, tree, RulesFile.RULES.appendIndex(i),
                "rule " + (i + 1) + name.map(n -> " (" + n + ")").orElse(""));
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
                || value.bigIntegerValue().compareTo(BigInteger.valueOf(RulesFile.MAX_TIME_MICROS)) > 0) {
            throw error(field, "expected a whole number of µs from 0 to " + RulesFile.MAX_TIME_MICROS + " (a day), got " + value);
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
        return milliseconds(node, field, RulesFile.MAX_TIME_MICROS, "a day");
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
