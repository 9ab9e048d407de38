package io.downtime.crosscheck;

import io.downtime.trace.SyntaxWords;
import org.antlr.v4.runtime.Token;

import java.util.Map;

/**
 * How a grammar of a tool's text report ({@code DomJobInfo.g4}, {@code InfoMigrate.g4}) is named in
 * error messages. Such grammars know three kinds of token, numbers, spaces and words, besides their
 * literals, and a few rules that take any word.
 *
 * @param number the grammar's number token type
 * @param space  its space token type
 * @param word   its word token type
 * @param rules  the rules that take any word, and what a message says they wait for (else "text")
 */
record ReportLineWords(int number, int space, int word, Map<Integer, String> rules) implements SyntaxWords {
    ReportLineWords {
        rules = Map.copyOf(rules);
    }

    @Override
    public String token(int type) {
        if (type == Token.EOF) {
            return "end of line";
        }
        if (type == number) {
            return "a number";
        }
        if (type == space) {
            return "a space";
        }
        return type == word ? "a word" : null;
    }

    @Override
    public String rule(int ruleIndex) {
        return rules.getOrDefault(ruleIndex, "text");
    }
}
