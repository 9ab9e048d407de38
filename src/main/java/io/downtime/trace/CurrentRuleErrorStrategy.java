package io.downtime.trace;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNState;

/**
 * ANTLR's default strategy, except that a token matched forgets the loop or option it last
 * synchronised on. ANTLR words an input mismatch with what that loop or option expected, which
 * is what a user needs when nothing was matched since, and misleading once the parser moved on
 * (after {@code ", qemu version: "} a version number is expected, not more of the package text
 * before it).
 */
final class CurrentRuleErrorStrategy extends DefaultErrorStrategy {
    @Override
    public void reportMatch(Parser recognizer) {
        super.reportMatch(recognizer);
        nextTokensContext = null;
        nextTokensState = ATNState.INVALID_STATE_NUMBER;
    }
}
