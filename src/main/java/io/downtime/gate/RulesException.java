package io.downtime.gate;

/** A rules file that cannot be used; the message names the file, and the rule and field when there is one. */
public final class RulesException extends Exception {
    public RulesException(String message) {
        super(message);
    }
}
