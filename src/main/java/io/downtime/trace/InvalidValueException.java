package io.downtime.trace;

/**
 * A line that is well-formed but carries a value the model cannot hold (a number out of range, a bad
 * date): thrown while a tree is read, it becomes the line's diagnostic in the {@link ParsingFront}, as a
 * syntax error does. The one such exception of every grammar's readers.
 */
public final class InvalidValueException extends RuntimeException {
    private final int column;

    /** @param column 1-based, in characters of the line */
    public InvalidValueException(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
