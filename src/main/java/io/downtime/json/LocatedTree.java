package io.downtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON or YAML file the user wrote or kept (a gate's rules, a baseline) read whole into a tree,
 * strictly; errors about a value can say the line and column it was written at ({@link #where}).
 * What Jackson's own tree reader lets through is refused here, each with where it is: a file larger
 * than the reader's stated size (checked before parsing: a long YAML scalar takes quadratic time), a
 * key given twice in one mapping (Jackson keeps the last, silently), nesting deeper than
 * {@link #MAX_DEPTH}, a text longer than {@link #MAX_TEXT} characters, a YAML alias (Jackson reads
 * {@code *x} as the text {@code x}), a binary value, a second document, half of a surrogate pair.
 * Numbers are kept exact ({@code 9223372036854775.807} is not rounded to a double, {@code 1e400} is
 * not infinity), so a reader can say what is allowed.
 */
public final class LocatedTree {
    /** Deeper than any file read here needs (a baseline's deepest value is 6 levels down, a rule's 4). */
    public static final int MAX_DEPTH = 16;
    /** A text (a key, a name, a pattern) of at most this many characters: a trace line's limit. */
    public static final int MAX_TEXT = 65_536;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final JsonNode root;
    private final Path file;
    private final JsonFactory factory;

    /** Where something was written: 1-based line and column. */
    public record Where(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }

        static Where of(JsonLocation location) {
            return new Where(location.getLineNr(), location.getColumnNr());
        }
    }

    /** Why a file cannot be read as a tree, and where, when there is a where. */
    public static final class Problem extends Exception {
        private final transient Optional<Where> where;

        Problem(Optional<Where> where, String message) {
            super(message);
            this.where = where;
        }

        public Optional<Where> where() {
            return where;
        }
    }

    private LocatedTree(Path file, JsonFactory factory, JsonParser parser) throws IOException, Problem {
        this.file = file;
        this.factory = factory;
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new Problem(Optional.empty(), "the file is empty");
        }
        root = value(parser, first, 1);
        if (parser.nextToken() != null) {
            throw new Problem(Optional.of(Where.of(parser.currentTokenLocation())),
                    "more follows the end of the document (one document a file)");
        }
    }

    /**
     * Reads {@code file} with {@code factory} (JSON or YAML). {@code what} names the kind of file in
     * the message about its size ({@code "a rules file"}).
     */
    public static LocatedTree read(Path file, JsonFactory factory, long maxBytes, String what) throws Problem {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                throw new Problem(Optional.empty(), Files.size(file) + " bytes; " + what + " is at most " + maxBytes
                        + " bytes (" + (maxBytes >> 20) + " MiB): it is not read");
            }
            try (InputStream in = new AtMost(Files.newInputStream(file), maxBytes, what);
                 JsonParser parser = factory.createParser(in)) {
                return new LocatedTree(file, factory, parser);
            }
        } catch (JsonProcessingException e) {
            Optional<Where> where = Optional.ofNullable(e.getLocation()).filter(l -> l.getLineNr() > 0).map(Where::of);
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            throw new Problem(where, "not valid " + (factory.getFormatName().equals("YAML") ? "YAML" : "JSON") + ": "
                    + message.lines().findFirst().orElse(""));
        } catch (TooLarge e) {
            throw new Problem(Optional.empty(), e.getMessage());
        } catch (NoSuchFileException e) {
            throw new Problem(Optional.empty(), "no such file");
        } catch (IOException e) {
            throw new Problem(Optional.empty(), "cannot be read: " + e.getMessage());
        }
    }

    public JsonNode root() {
        return root;
    }

    /**
     * A key as messages name it: as written when it is a plain word (letters, digits, {@code _},
     * {@code -}), else quoted as JSON quotes it, so that {@code " label"} is not read as {@code label}
     * nor an empty key as nothing.
     */
    public static String key(String name) {
        return PLAIN_KEY.matcher(name).matches() ? name : NODES.textNode(name).toString();
    }

    /**
     * Where the value at {@code pointer} is written: the key of a mapping's field, the start of a
     * list's element; where its mapping or list begins when it is not in the file. Found by reading
     * the file again (only errors ask), so the tree holds no locations and costs what Jackson's does.
     */
    public Where where(JsonPointer pointer) {
        for (JsonPointer at = pointer; at != null; at = at.head()) {
            Optional<Where> found = find(at);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return new Where(1, 1);
    }

    private Optional<Where> find(JsonPointer target) {
        try (JsonParser parser = factory.createParser(Files.newInputStream(file))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                }
                boolean named = token == JsonToken.FIELD_NAME || !context.inObject();
                if (named && context.pathAsPointer().equals(target)) {
                    return Optional.of(Where.of(parser.currentTokenLocation()));
                }
            }
        } catch (IOException e) {
            // The file was read a moment ago; if it cannot be now, the error is still given, without a line.
        }
        return Optional.empty();
    }

    private JsonNode value(JsonParser parser, JsonToken token, int depth) throws IOException, Problem {
        Where at = Where.of(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new Problem(Optional.of(at), "a YAML alias (*" + parser.getText() + ") is not read: write the value itself");
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                if (depth > MAX_DEPTH) {
                    throw new Problem(Optional.of(at), "nested more than " + MAX_DEPTH + " levels deep (a baseline needs 6,"
                            + " a rules file 4): not read further");
                }
                return token == JsonToken.START_OBJECT ? object(parser, depth) : array(parser, depth);
            }
            case VALUE_STRING -> {
                return NODES.textNode(text(parser, at));
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(parser.getBigIntegerValue()) : NODES.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    return NODES.numberNode(parser.getDecimalValue());
                } catch (NumberFormatException e) {
                    throw new Problem(Optional.of(at), parser.getText() + " is not a finite number");
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new Problem(Optional.of(at), "a " + token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " is not read here (only mappings, lists, texts, numbers, true, false and null)");
        }
    }

    private ObjectNode object(JsonParser parser, int depth) throws IOException, Problem {
        ObjectNode object = NODES.objectNode();
        Map<String, Integer> lines = new HashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            Where key = Where.of(parser.currentTokenLocation());
            String name = text(parser, key);
            Integer first = lines.putIfAbsent(name, key.line());
            if (first != null) {
                throw new Problem(Optional.of(key), key(name) + ": given twice in one mapping (first at line " + first
                        + "); a key may be given once");
            }
            object.set(name, value(parser, parser.nextToken(), depth + 1));
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, int depth) throws IOException, Problem {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(parser, token, depth + 1));
        }
        return array;
    }

    private static String text(JsonParser parser, Where at) throws IOException, Problem {
        String text = parser.getText();
        String field = parser.currentToken() == JsonToken.FIELD_NAME ? null : parser.currentName();
        String named = field == null ? "" : key(field) + ": ";
        if (text.length() > MAX_TEXT) {
            throw new Problem(Optional.of(at), named + "a text of " + text.length() + " characters; texts are at most "
                    + MAX_TEXT);
        }
        // A JSON escape can write half of a surrogate pair: a text no file can hold, written back or shown.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Problem(Optional.of(at), named + String.format("a text holding U+%04X without its pair is not"
                        + " Unicode", (int) c));
            }
        }
        return text;
    }

    /** The file's bytes, refused past the stated size (a file that grows while read, a FIFO). */
    private static final class AtMost extends FilterInputStream {
        private final long max;
        private final String what;
        private long read;

        AtMost(InputStream in, long max, String what) {
            super(in);
            this.max = max;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge("more than " + max + " bytes; " + what + " is at most " + max + " bytes ("
                        + (max >> 20) + " MiB): it is not read");
            }
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
