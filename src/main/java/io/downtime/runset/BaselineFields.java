package io.downtime.runset;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.json.LocatedTree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Typed access to the fields of one mapping ({@code node}) of a baseline file as {@link BaselineFile}
 * reads it; errors name the file, where the field is written (where the mapping begins when it is
 * missing) and the field's path. Its own class so that the file's reading reads as the schema.
 */
record BaselineFields(String file, LocatedTree tree, JsonNode node, JsonPointer pointer, String path) {
    /** @param field the field, null when the message is about the mapping itself */
    BaselineException error(String field, String message) {
        String where = tree.where(field == null ? pointer : pointer.appendProperty(field)).toString();
        String name = field == null ? path : path + (path.isEmpty() ? "" : ".") + LocatedTree.key(field);
        return new BaselineException(file + ":" + where + ": " + (name.isEmpty() ? "" : name + ": ") + message);
    }

    /** Every field of this mapping is one of {@code known}. */
    void known(Collection<String> known) throws BaselineException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw error(field, "unknown field (known: " + String.join(", ", known) + ")");
            }
        }
    }

    BaselineFields object(String field) throws BaselineException {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw error(field, value == null ? "missing" : "expected an object, got " + value);
        }
        return new BaselineFields(file, tree, value, pointer.appendProperty(field), path + (path.isEmpty() ? "" : ".")
                + LocatedTree.key(field));
    }

    /** This field's list, whose elements {@link #element} reads. */
    BaselineFields array(String field) throws BaselineException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw error(field, value == null ? "missing" : "expected a list");
        }
        return new BaselineFields(file, tree, value, pointer.appendProperty(field), path + (path.isEmpty() ? "" : ".")
                + LocatedTree.key(field));
    }

    /** The {@code index}-th element of this list, a mapping. */
    BaselineFields element(int index) throws BaselineException {
        JsonNode value = node.get(index);
        String at = path + "[" + index + "]";
        if (!value.isObject()) {
            throw new BaselineException(file + ":" + tree.where(pointer.appendIndex(index)) + ": " + at
                    + ": expected an object, got " + value);
        }
        return new BaselineFields(file, tree, value, pointer.appendIndex(index), at);
    }

    String text(String field) throws BaselineException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw error(field, value == null ? "missing" : "expected text, got " + value);
        }
        return value.asText();
    }

    Optional<String> optionalText(String field) throws BaselineException {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(text(field));
    }

    /** A whole number from {@code min} to {@code max}. */
    long whole(String field, long min, long max) throws BaselineException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()
                || value.asLong() < min || value.asLong() > max) {
            throw error(field, value == null ? "missing" : "expected a whole number"
                    + (min == Long.MIN_VALUE && max == Long.MAX_VALUE ? "" : max == Long.MAX_VALUE
                    ? " of at least " + min : " from " + min + " to " + max) + ", got " + value);
        }
        return value.asLong();
    }

    OptionalLong optionalWhole(String field, long min, long max) throws BaselineException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(whole(field, min, max));
    }

    boolean bool(String field) throws BaselineException {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw error(field, value == null ? "missing" : "expected true or false, got " + value);
        }
        return value.asBoolean();
    }

    /**
     * {@code {"low", "high", "estimate"}} or null: each whole µs or null (unbounded, unknown), low
     * at most high, the estimate between them; none below 0 when {@code nonNegative} (a time the
     * guest was stopped).
     */
    Optional<Estimate> estimate(String field, boolean nonNegative) throws BaselineException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw error(field, "expected {\"low\", \"high\", \"estimate\"} or null, got " + value);
        }
        BaselineFields inner = object(field);
        inner.known(BaselineJson.ESTIMATE_FIELDS);
        long min = nonNegative ? 0 : Long.MIN_VALUE;
        OptionalLong low = inner.optionalWhole("low", min, Long.MAX_VALUE);
        OptionalLong high = inner.optionalWhole("high", min, Long.MAX_VALUE);
        OptionalLong estimate = inner.optionalWhole("estimate", min, Long.MAX_VALUE);
        if (low.isPresent() && high.isPresent() && low.getAsLong() > high.getAsLong()) {
            throw inner.error("high", high.getAsLong() + " is below low " + low.getAsLong() + ": an inverted interval");
        }
        if (estimate.isPresent() && ((low.isPresent() && estimate.getAsLong() < low.getAsLong())
                || (high.isPresent() && estimate.getAsLong() > high.getAsLong()))) {
            throw inner.error("estimate", estimate.getAsLong() + " lies outside its interval [" + bound(low) + ", "
                    + bound(high) + "]");
        }
        return Optional.of(new Estimate(new Interval(low, high), estimate));
    }

    private static String bound(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "unbounded";
    }

    String choice(String field, List<String> choices) throws BaselineException {
        String text = text(field);
        if (!choices.contains(text)) {
            throw error(field, "\"" + text + "\" is not one of " + String.join(", ", choices));
        }
        return text;
    }

    <T> T label(String field, T[] values, Function<T, String> label) throws BaselineException {
        String text = text(field);
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

    <T> Optional<T> optionalLabel(String field, T[] values, Function<T, String> label) throws BaselineException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(label(field, values, label));
    }
}
