package io.downtime.trace;

import io.downtime.grammar.TraceLineLexer;
import io.downtime.grammar.TraceLineParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps the first syntax error of a line and words it for a user: what was expected, what was
 * found. ANTLR's own messages name token types ("expecting INT"); these name what a user typed.
 */
final class SyntaxErrorCollector extends BaseErrorListener {
    private int column;
    private String message;

    void reset() {
        message = null;
    }

    boolean hasError() {
        return message != null;
    }

    int column() {
        return column;
    }

    String message() {
        return message;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException e) {
        if (message != null) {
            return;
        }
        column = charPositionInLine + 1;
        if (recognizer instanceof Lexer lexer) {
            message = lexerMessage(lexer, e);
            return;
        }
        Token found = (Token) offendingSymbol;
        Parser parser = (Parser) recognizer;
        IntervalSet expected = expectedTokens(parser, e);
        String what = expected.size() > 4 ? TokenWords.describeRule(ruleAt(parser, e)) : TokenWords.describe(expected);
        message = "expected " + what + ", found " + TokenWords.describe(found);
    }

    private static IntervalSet expectedTokens(Parser parser, RecognitionException e) {
        if (e instanceof NoViableAltException || e instanceof InputMismatchException) {
            IntervalSet fromException = e.getExpectedTokens();
            if (fromException != null && !fromException.isNil()) {
                return fromException;
            }
        }
        return parser.getExpectedTokens();
    }

    private static int ruleAt(Parser parser, RecognitionException e) {
        if (e != null && e.getCtx() != null) {
            return e.getCtx().getRuleIndex();
        }
        return parser.getContext() == null ? -1 : parser.getContext().getRuleIndex();
    }

    private static String lexerMessage(Lexer lexer, RecognitionException e) {
        int index = e instanceof LexerNoViableAltException lnva ? lnva.getStartIndex() : lexer._tokenStartCharIndex;
        int c = lexer.getInputStream().LA(index - lexer.getInputStream().index() + 1);
        return "unexpected " + TokenWords.describeCharacter(c);
    }

    /** The words used for tokens in messages. */
    static final class TokenWords {
        private TokenWords() {
        }

        static String describe(Token token) {
            if (token.getType() == Token.EOF) {
                return "end of line";
            }
            String text = token.getText();
            if (text.length() > 40) {
                text = text.substring(0, 37) + "...";
            }
            return "'" + text + "'";
        }

        static String describeCharacter(int c) {
            if (c < 0x20 || c == 0x7f) {
                return String.format("control character U+%04X", c);
            }
            return "character '" + new String(Character.toChars(c)) + "'";
        }

        static String describe(IntervalSet expected) {
            Set<String> words = new LinkedHashSet<>();
            for (int type : expected.toArray()) {
                // An optional minus sign is part of "a number", not a separate choice.
                if (type != TraceLineLexer.MINUS || !expected.contains(TraceLineLexer.INT)) {
                    words.add(word(type));
                }
            }
            return String.join(" or ", words);
        }

        /** What a rule that accepts almost any token is waiting for. */
        static String describeRule(int ruleIndex) {
            switch (ruleIndex) {
                case TraceLineParser.RULE_idstr:
                case TraceLineParser.RULE_idstrWord:
                    return "a device id";
                case TraceLineParser.RULE_checkpointName:
                case TraceLineParser.RULE_stateName:
                case TraceLineParser.RULE_word:
                    return "a name";
                case TraceLineParser.RULE_anyText:
                case TraceLineParser.RULE_message:
                    return "text";
                default:
                    return "an event name";
            }
        }

        private static String word(int type) {
            switch (type) {
                case Token.EOF:
                    return "end of line";
                case TraceLineLexer.INT:
                    return "a number";
                case TraceLineLexer.SP:
                    return "a space";
                case TraceLineLexer.EVENT_NAME:
                case TraceLineLexer.NAME:
                case TraceLineLexer.VMSTATE_DOWNTIME_SAVE:
                case TraceLineLexer.VMSTATE_DOWNTIME_LOAD:
                case TraceLineLexer.VMSTATE_DOWNTIME_CHECKPOINT:
                case TraceLineLexer.MIGRATE_SET_STATE:
                case TraceLineLexer.QEMU_SAVEVM_SEND_DOWNTIME:
                case TraceLineLexer.LOADVM_HANDLE_SRC_DOWNTIME:
                case TraceLineLexer.QEMU_LOADVM_DOWNTIME_ABORT:
                    return "an event name";
                case TraceLineLexer.ISO_TIME:
                    return "a timestamp";
                case TraceLineLexer.QEMU_PROGRAM:
                    return "a program name";
                default:
                    String literal = TraceLineLexer.VOCABULARY.getLiteralName(type);
                    return literal != null ? literal : "a word";
            }
        }
    }
}
