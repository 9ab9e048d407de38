package io.downtime.trace;

/** A line that is well-formed but carries a value the model cannot hold (a number out of range, a bad date). */
final class InvalidValueException extends RuntimeException {
    private final int column;

    InvalidValueException(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    int column() {
        return column;
    }
}
