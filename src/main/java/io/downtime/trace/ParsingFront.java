package io.downtime.trace;

import io.downtime.model.LineRef;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place that wires an ANTLR grammar for reading lines, whichever grammar it is (trace lines,
 * libvirt's lines, {@code virsh domjobinfo}, {@code info migrate}): the lexer, the token stream, the
 * parser, the error strategy, the syntax-error collector that words the first error for a user, and the
 * turning of a tree into a result, where a value the model cannot hold ({@link InvalidValueException})
 * becomes a diagnostic like a syntax error. A reader says which grammar it reads ({@link Grammar}) and
 * what a tree means; it never touches ANTLR's machinery. One instance per reading thread: the lexer and
 * parser are made once and reused for every line.
 *
 * @param <P> the grammar's generated parser
 * @param <T> the parse tree of one line
 */
public final class ParsingFront<P extends Parser, T extends ParserRuleContext> {

    /**
     * One grammar as the front needs it.
     *
     * @param lexer    the generated lexer's constructor (called once, with no input yet)
     * @param parser   the generated parser's constructor
     * @param entry    the rule that reads one line
     * @param words    how its tokens and rules are named in messages
     * @param sllFirst try ANTLR's fast SLL prediction first, bailing out at the first problem, and parse again
     *                 in full LL only then (for the trace grammar, which reads millions of lines); otherwise
     *                 full LL at once
     * @param recovery the error strategy of the full-LL parse, which decides what the first error's message
     *                 says was expected
     */
    public record Grammar<P extends Parser, T extends ParserRuleContext>(
            Function<CharStream, ? extends Lexer> lexer, Function<TokenStream, P> parser, Function<P, T> entry,
            SyntaxWords words, boolean sllFirst, Recovery recovery) {
    }

    /** The error strategies, made fresh for each line: they keep state about the line they are in. */
    public enum Recovery {
        /** ANTLR's own: a mismatch is worded by what the last loop or option synchronised on expected. */
        ANTLR_DEFAULT(DefaultErrorStrategy::new),
        /** {@link CurrentRuleErrorStrategy}: by what the rule the parser is in expects, once a token matched. */
        CURRENT_RULE(CurrentRuleErrorStrategy::new);

        private final Supplier<DefaultErrorStrategy> strategy;

        Recovery(Supplier<DefaultErrorStrategy> strategy) {
            this.strategy = strategy;
        }
    }

    /** What a well-formed line's tree means; may refuse a value with {@link InvalidValueException}. */
    @FunctionalInterface
    public interface TreeReader<T, R> {
        R read(T tree, LineRef where);
    }

    private final Grammar<P, T> grammar;
    private final Lexer lexer;
    private final CommonTokenStream tokens;
    private final P parser;
    private final SyntaxErrorCollector errors;

    public ParsingFront(Grammar<P, T> grammar) {
        this.grammar = grammar;
        lexer = grammar.lexer().apply(null);
        tokens = new CommonTokenStream(lexer);
        parser = grammar.parser().apply(tokens);
        errors = new SyntaxErrorCollector(grammar.words());
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        parser.removeErrorListeners();
        if (!grammar.sllFirst()) {
            parser.addErrorListener(errors);
        }
    }

    /**
     * Parses {@code text}, the content of line {@code where} without its line ending: {@code reader}'s
     * result for a well-formed line, {@code rejected}'s for the first syntax error or refused value.
     */
    public <R> R parse(String text, LineRef where, TreeReader<? super T, R> reader,
                       Function<Diagnostic, R> rejected) {
        T tree = tree(text);
        if (errors.hasError()) {
            return rejected.apply(new Diagnostic(where, errors.column(), errors.message()));
        }
        try {
            return reader.read(tree, where);
        } catch (InvalidValueException invalid) {
            return rejected.apply(new Diagnostic(where, invalid.column(), invalid.getMessage()));
        }
    }

    private T tree(String text) {
        errors.reset();
        lexer.setInputStream(CharStreams.fromString(text));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
        if (!grammar.sllFirst()) {
            parser.setErrorHandler(grammar.recovery().strategy.get());
            return grammar.entry().apply(parser);
        }
        try {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            return grammar.entry().apply(parser);
        } catch (ParseCancellationException sllFailed) {
            errors.reset();
            lexer.reset();
            tokens.setTokenSource(lexer);
            parser.setTokenStream(tokens);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(grammar.recovery().strategy.get());
            parser.addErrorListener(errors);
            try {
                return grammar.entry().apply(parser);
            } finally {
                parser.removeErrorListeners();
            }
        }
    }
}
