package io.downtime.trace;

import io.downtime.grammar.TraceLineLexer;
import io.downtime.grammar.TraceLineParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The words of {@code TraceLine.g4} in error messages. */
final class TraceLineWords implements SyntaxWords {
    static final TraceLineWords INSTANCE = new TraceLineWords();

    private TraceLineWords() {
    }

    @Override
    public boolean coveredByAnother(int type, IntervalSet expected) {
        // An optional minus sign is part of "a number", not a separate choice.
        return type == TraceLineLexer.MINUS && expected.contains(TraceLineLexer.INT);
    }

    @Override
    public String rule(int ruleIndex) {
        switch (ruleIndex) {
            case TraceLineParser.RULE_idstr:
            case TraceLineParser.RULE_idstrWord:
                return "a device id";
            case TraceLineParser.RULE_checkpointName:
            case TraceLineParser.RULE_stateName:
            case TraceLineParser.RULE_word:
                return "a name";
            case TraceLineParser.RULE_anyText:
            case TraceLineParser.RULE_unreadText:
            case TraceLineParser.RULE_message:
                return "text";
            default:
                return "an event name";
        }
    }

    @Override
    public String token(int type) {
        if (UnderstoodNames.isName(type)) {
            return "an event name";
        }
        switch (type) {
            case Token.EOF:
                return "end of line";
            case TraceLineLexer.INT:
                return "a number";
            case TraceLineLexer.SP:
                return "a space";
            case TraceLineLexer.EVENT_NAME:
            case TraceLineLexer.NAME:
                return "an event name";
            case TraceLineLexer.ISO_TIME:
                return "a timestamp";
            case TraceLineLexer.QEMU_PROGRAM:
                return "a program name";
            default:
                return null;
        }
    }
}
