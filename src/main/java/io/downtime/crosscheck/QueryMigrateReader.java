package io.downtime.crosscheck;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.downtime.model.LineRef;
import io.downtime.trace.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads QMP {@code query-migrate} output: the reply as QEMU sends it ({@code {"return": {...}}}) or
 * the bare object inside it ({@code {"status": "completed", "downtime": 4, ...}}). Fields this tool
 * does not compare are ignored; a compared field of the wrong type is reported at its line and column.
 */
public final class QueryMigrateReader {
    private static final String EXPECTED = "a query-migrate reply such as {\"return\": {\"status\": \"completed\", \"downtime\": 4}}";
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads {@code file}, named in diagnostics as given; a file that cannot be read at all throws. */
    public ToolReportReading read(Path file) throws IOException {
        return read(file.toString(), Files.readAllBytes(file));
    }

    ToolReportReading read(String origin, byte[] json) throws IOException {
        FiguresCollector figures = new FiguresCollector(FigureSource.QMP_QUERY_MIGRATE, origin);
        MigrationInfo info;
        try {
            info = mapper.readValue(json, MigrationInfo.class);
        } catch (JsonProcessingException e) {
            figures.problem(diagnostic(origin, e));
            return figures.finish(EXPECTED);
        }
        MigrationInfo reply = info.reply != null ? info.reply : info;
        LineRef where = new LineRef(origin, 1);
        if (reply.status != null) {
            figures.status(reply.status, where);
        }
        if (reply.totalTime != null) {
            figures.totalTime(reply.totalTime, where);
        }
        if (reply.setupTime != null) {
            figures.setupTime(reply.setupTime, where);
        }
        if (reply.downtime != null) {
            figures.downtime(reply.downtime, where);
        }
        if (reply.expectedDowntime != null) {
            figures.expectedDowntime(reply.expectedDowntime, where);
        }
        if (reply.ram != null && reply.ram.downtimeBytes != null) {
            figures.downtimeBytes(DataSize.exact(reply.ram.downtimeBytes), where);
        }
        return figures.finish(EXPECTED);
    }

    private static Diagnostic diagnostic(String origin, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        String message;
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(name -> name != null).collect(Collectors.joining("."));
            message = "\"" + field + "\" must be " + expectation(mismatch.getTargetType());
        } else {
            message = "not a query-migrate reply: " + e.getOriginalMessage();
        }
        return new Diagnostic(new LineRef(origin, line), column, message);
    }

    private static String expectation(Class<?> type) {
        if (type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }

    /** The fields of QEMU's MigrationInfo this tool compares, under their QMP names. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MigrationInfo(@JsonProperty("return") MigrationInfo reply,
                         @JsonProperty("status") String status,
                         @JsonProperty("total-time") Long totalTime,
                         @JsonProperty("setup-time") Long setupTime,
                         @JsonProperty("downtime") Long downtime,
                         @JsonProperty("expected-downtime") Long expectedDowntime,
                         @JsonProperty("ram") Ram ram) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ram(@JsonProperty("downtime-bytes") Long downtimeBytes) {
    }
}
