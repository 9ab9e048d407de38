package io.downtime.trace;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps the first syntax error of a line and words it for a user: what was expected, what was
 * found. ANTLR's own messages name token types ("expecting INT"); these name what a user typed.
 */
final class SyntaxErrorCollector extends BaseErrorListener {
    private final SyntaxWords words;
    private int column;
    private String message;

    SyntaxErrorCollector(SyntaxWords words) {
        this.words = words;
    }

    void reset() {
        message = null;
    }

    boolean hasError() {
        return message != null;
    }

    /** 1-based column of the first error, in characters. */
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
        if (TokenWords.isControlCharacter(found)) {
            // Where control characters are a token of their own, a stray one reads as it does in the lexer.
            message = "unexpected " + TokenWords.describeCharacter(found.getText().charAt(0));
            return;
        }
        Parser parser = (Parser) recognizer;
        IntervalSet expected = expectedTokens(parser, e);
        String what = expected.size() > 4 ? words.rule(ruleAt(parser, e))
                : TokenWords.describe(expected, words, parser.getVocabulary());
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
            if (text.codePointCount(0, text.length()) == 1 && invisible(text.codePointAt(0))) {
                return "character U+" + String.format("%04X", text.codePointAt(0));
            }
            if (text.length() > 40) {
                text = text.substring(0, 37) + "...";
            }
            return "'" + text + "'";
        }

        static boolean isControlCharacter(Token token) {
            String text = token.getType() == Token.EOF ? null : token.getText();
            return text != null && text.length() == 1 && text.charAt(0) != '\t'
                    && (text.charAt(0) < 0x20 || text.charAt(0) == 0x7f);
        }

        /** A character a terminal shows as nothing, or as something else: a byte order mark, a direction mark. */
        private static boolean invisible(int c) {
            int type = Character.getType(c);
            return c != ' ' && (type == Character.FORMAT || type == Character.SPACE_SEPARATOR
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE);
        }

        static String describeCharacter(int c) {
            if (c < 0x20 || c == 0x7f) {
                return String.format("control character U+%04X", c);
            }
            return "character '" + new String(Character.toChars(c)) + "'";
        }

        static String describe(IntervalSet expected, SyntaxWords words, Vocabulary vocabulary) {
            Set<String> described = new LinkedHashSet<>();
            for (int type : expected.toArray()) {
                if (!words.coveredByAnother(type, expected)) {
                    described.add(word(type, words, vocabulary));
                }
            }
            return String.join(" or ", described);
        }

        private static String word(int type, SyntaxWords words, Vocabulary vocabulary) {
            String word = words.token(type);
            if (word != null) {
                return word;
            }
            if (type == Token.EOF) {
                return "end of line";
            }
            String literal = vocabulary.getLiteralName(type);
            return literal != null ? literal : "a word";
        }
    }
}
