package io.downtime.trace;

import io.downtime.grammar.TraceLineLexer;
import io.downtime.grammar.TraceLineParser;
import io.downtime.model.LineRef;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one entry point to the trace grammar: turns the text of one line into an event or a
 * diagnostic. One instance per reading thread; lexer and parser are reused across lines,
 * and the parser tries ANTLR's fast SLL mode first, falling back to full LL only when SLL fails.
 */
public final class LineParser {
    private final TraceLineLexer lexer = new TraceLineLexer(null);
    private final CommonTokenStream tokens = new CommonTokenStream(lexer);
    private final TraceLineParser parser = new TraceLineParser(tokens);
    private final SyntaxErrorCollector errors = new SyntaxErrorCollector();
    private final EventBuilder builder = new EventBuilder();

    public LineParser() {
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        parser.removeErrorListeners();
    }

    /** Parses {@code text}, the content of line {@code where} without its line ending. */
    ParseOutcome parse(String text, LineRef where) {
        errors.reset();
        lexer.setInputStream(CharStreams.fromString(text));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
        TraceLineParser.LineContext tree;
        try {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            tree = parser.line();
        } catch (ParseCancellationException sllFailed) {
            errors.reset();
            lexer.reset();
            tokens.setTokenSource(lexer);
            parser.setTokenStream(tokens);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(errors);
            try {
                tree = parser.line();
            } finally {
                parser.removeErrorListeners();
            }
        }
        if (errors.hasError()) {
            return new ParseOutcome.Rejected(new Diagnostic(where, errors.column(), errors.message()));
        }
        try {
            return new ParseOutcome.Parsed(builder.build(tree, where));
        } catch (InvalidValueException invalid) {
            return new ParseOutcome.Rejected(new Diagnostic(where, invalid.column(), invalid.getMessage()));
        }
    }
}
