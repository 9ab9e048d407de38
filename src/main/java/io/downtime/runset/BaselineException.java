package io.downtime.runset;

/** A baseline file that cannot be used; the message names the file and the field. */
public final class BaselineException extends Exception {
    public BaselineException(String message) {
        super(message);
    }
}
