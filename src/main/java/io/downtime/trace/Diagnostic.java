package io.downtime.trace;

import io.downtime.model.LineRef;

/**
 * Why a line was rejected, rendered as {@code file:line:column: message}.
 *
 * @param column 1-based column, counted in characters of the decoded line
 */
public record Diagnostic(LineRef where, int column, String message) {
    @Override
    public String toString() {
        return where.file() + ":" + where.line() + ":" + column + ": " + message;
    }
}
