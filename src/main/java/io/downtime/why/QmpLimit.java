package io.downtime.why;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Optional;

/**
 * The {@code downtime-limit} of one QMP JSON object, with where its value stands. QAPI's
 * {@code MigrationParameters} (qapi/migration.json) holds it as {@code 'uint64'} milliseconds, in three
 * places a user meets: a {@code query-migrate-parameters} reply, {@code {"return": {..., "downtime-limit":
 * 300}}}; the bare object inside it; and the {@code migrate-set-parameters} command that sets it,
 * {@code {"execute": "migrate-set-parameters", "arguments": {"downtime-limit": 300}}}. QEMU refuses a
 * limit above {@code MAX_MIGRATE_DOWNTIME} (2,000 s) in {@code migrate_params_check}, so a larger one
 * cannot be QEMU's.
 */
final class QmpLimit {
    /** QEMU's {@code MAX_MIGRATE_DOWNTIME}, in ms (migration/options.c). */
    static final long MAX_MILLISECONDS = 2_000_000;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** What an object says of the limit: where the value is, or why there is none. */
    sealed interface Scan permits Limit, NoLimit, Refused {
    }

    /**
     * @param kind what the object was: {@code query-migrate-parameters reply}, {@code migrate-set-parameters}
     */
    record Limit(long milliseconds, long line, int column, String kind) implements Scan {
    }

    /** A well-formed object that does not hold the limit (another command, another reply). */
    record NoLimit(String what) implements Scan {
    }

    /** Not a QMP object, or a limit that cannot be QEMU's: the message at its line and column. */
    record Refused(long line, int column, String message) implements Scan {
    }

    private QmpLimit() {
    }

    /**
     * Scans the one JSON object {@code text} holds, from its first character; {@code whole} says whether
     * anything but white space may follow it (a file: no; a log line, where the object is quoted: yes).
     * Lines and columns are reported from {@code line} and {@code column} on, those of its first character.
     */
    static Scan scan(String text, long line, int column, boolean whole) {
        try (JsonParser parser = JSON.createParser(text)) {
            Scan scan = object(parser, line, column);
            if (whole && !(scan instanceof Refused) && parser.nextToken() != null) {
                return refused(parser.currentTokenLocation(), line, column,
                        "more after the JSON object: give one reply per file");
            }
            return scan;
        } catch (JsonParseException e) {
            return refused(e.getLocation(), line, column, "not JSON: " + withoutSource(e.getOriginalMessage()));
        } catch (IOException e) {
            return new Refused(line, column, "not JSON: " + e.getMessage());
        }
    }

    private static Scan object(JsonParser parser, long line, int column) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return refused(parser.currentTokenLocation(), line, column, "expected a JSON object, found "
                    + found(parser));
        }
        Optional<Scan> inReturn = Optional.empty();
        Optional<Scan> inArguments = Optional.empty();
        Optional<Scan> atTop = Optional.empty();
        String execute = null;
        String error = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "return" -> inReturn = Optional.of(value == JsonToken.START_OBJECT
                        ? members(parser, line, column, "query-migrate-parameters reply")
                        : skipped(parser, "a reply whose return is not an object"));
                case "arguments" -> inArguments = Optional.of(value == JsonToken.START_OBJECT
                        ? members(parser, line, column, "migrate-set-parameters")
                        : skipped(parser, "a command whose arguments are not an object"));
                case "execute" -> execute = value == JsonToken.VALUE_STRING ? parser.getText() : "?";
                case "error" -> {
                    error = errorText(parser, value);
                }
                case "downtime-limit" -> atTop = Optional.of(value(parser, line, column, "query-migrate-parameters reply"));
                default -> parser.skipChildren();
            }
        }
        if (error != null) {
            return new NoLimit("QEMU replied with an error: \"" + error + "\"");
        }
        if (execute != null) {
            if (!execute.equals("migrate-set-parameters")) {
                return new NoLimit("the command " + execute);
            }
            return inArguments.orElse(new NoLimit("migrate-set-parameters without arguments"));
        }
        if (inReturn.isPresent()) {
            return inReturn.get();
        }
        return atTop.orElse(new NoLimit("no downtime-limit"));
    }

    /** The members of {@code MigrationParameters}: only {@code downtime-limit} is kept. */
    private static Scan members(JsonParser parser, long line, int column, String kind) throws IOException {
        Scan scan = new NoLimit("a " + kind + " without downtime-limit");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("downtime-limit")) {
                scan = value(parser, line, column, kind);
            } else {
                parser.skipChildren();
            }
        }
        return scan;
    }

    private static Scan value(JsonParser parser, long line, int column, String kind) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            parser.skipChildren();
            return refused(at, line, column, "\"downtime-limit\" must be a whole number of ms (QAPI uint64), found "
                    + found(parser));
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER || parser.getLongValue() < 0
                || parser.getLongValue() > MAX_MILLISECONDS) {
            return refused(at, line, column, "\"downtime-limit\" " + parser.getText() + " is not a limit QEMU takes:"
                    + " 0 to " + MAX_MILLISECONDS + " ms");
        }
        return new Limit(parser.getLongValue(), lineOf(at, line), columnOf(at, line, column), kind);
    }

    private static Scan skipped(JsonParser parser, String what) throws IOException {
        parser.skipChildren();
        return new NoLimit(what);
    }

    private static String errorText(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return "?";
        }
        String desc = "no description";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("desc") && parser.currentToken() == JsonToken.VALUE_STRING) {
                desc = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return desc;
    }

    private static String found(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end";
        }
        return switch (token) {
            case VALUE_STRING -> "the string \"" + parser.getText() + "\"";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> "'" + parser.getText() + "'";
        };
    }

    /** Jackson names where an unclosed object began with its source, which says nothing here: cut. */
    private static String withoutSource(String message) {
        int at = message.indexOf(" (start marker at [Source");
        return at < 0 ? message : message.substring(0, at);
    }

    private static Refused refused(JsonLocation at, long line, int column, String message) {
        return new Refused(lineOf(at, line), columnOf(at, line, column), message);
    }

    /** Jackson counts lines and columns from 1 in the text given; the text may start inside a line. */
    private static long lineOf(JsonLocation at, long line) {
        return at == null || at.getLineNr() < 1 ? line : line + at.getLineNr() - 1;
    }

    private static int columnOf(JsonLocation at, long line, int column) {
        if (at == null || at.getColumnNr() < 1) {
            return column;
        }
        return at.getLineNr() <= 1 ? column + at.getColumnNr() - 1 : at.getColumnNr();
    }
}
