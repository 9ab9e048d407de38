package io.downtime.trace;

import io.downtime.grammar.LibvirtLineLexer;
import io.downtime.grammar.LibvirtLineParser;
import org.antlr.v4.runtime.Token;

/** The words of {@code LibvirtLine.g4} in error messages. */
final class LibvirtLineWords implements SyntaxWords {
    static final LibvirtLineWords INSTANCE = new LibvirtLineWords();

    private LibvirtLineWords() {
    }

    @Override
    public String rule(int ruleIndex) {
        switch (ruleIndex) {
            case LibvirtLineParser.RULE_plainValue:
            case LibvirtLineParser.RULE_quotedValue:
            case LibvirtLineParser.RULE_guestNameArgument:
                return "a guest name";
            case LibvirtLineParser.RULE_plainText:
            case LibvirtLineParser.RULE_quotedText:
            case LibvirtLineParser.RULE_incomingArgument:
                return "a migration address";
            case LibvirtLineParser.RULE_word:
                return "a word";
            case LibvirtLineParser.RULE_fieldValue:
                return "a value";
            default:
                return "text";
        }
    }

    @Override
    public String token(int type) {
        switch (type) {
            case Token.EOF:
                return "end of line";
            case LibvirtLineLexer.INT:
                return "a number";
            case LibvirtLineLexer.SP:
                return "a space";
            case LibvirtLineLexer.UUID:
                return "a UUID";
            case LibvirtLineLexer.LIBVIRT_TIME:
                return "a timestamp";
            case LibvirtLineLexer.OPTION:
                return "an option";
            case LibvirtLineLexer.NAME:
                return "a word";
            default:
                return null;
        }
    }
}
