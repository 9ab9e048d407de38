package io.downtime.trace;

import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * How one grammar's tokens and rules are named in error messages, so that a message says what a
 * user typed ("a number") rather than ANTLR's token names ("INT").
 */
public interface SyntaxWords {
    /** The word for a token type, or null to use the grammar's literal ('new state') or "a word". */
    String token(int type);

    /** What a rule that accepts almost any token is waiting for ("a device id", "text"). */
    String rule(int ruleIndex);

    /** True when {@code type} needs no word of its own because another expected token covers it. */
    default boolean coveredByAnother(int type, IntervalSet expected) {
        return false;
    }
}
