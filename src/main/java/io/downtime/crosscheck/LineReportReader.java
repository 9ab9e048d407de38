package io.downtime.crosscheck;

import io.downtime.model.LineRef;
import io.downtime.trace.CurrentRuleErrorStrategy;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.SyntaxErrorCollector;
import io.downtime.trace.SyntaxWords;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads a text report (a tool's output saved to a file) line by line, each line through one
 * grammar, into figures. A line that cannot be read gets a diagnostic and the next line is read.
 *
 * @param <P> the grammar's generated parser
 * @param <T> the parse tree of one line
 */
abstract class LineReportReader<P extends Parser, T extends ParserRuleContext> {
    private final FigureSource source;
    private final String expected;
    private final Function<CharStream, Lexer> lexers;
    private final Function<TokenStream, P> parsers;
    private final Function<P, T> entry;
    private final SyntaxErrorCollector errors;

    LineReportReader(FigureSource source, String expected, Function<CharStream, Lexer> lexers,
                     Function<TokenStream, P> parsers, Function<P, T> entry, SyntaxWords words) {
        this.source = source;
        this.expected = expected;
        this.lexers = lexers;
        this.parsers = parsers;
        this.entry = entry;
        this.errors = new SyntaxErrorCollector(words);
    }

    /** Reads {@code file}, named in diagnostics as given; a file that cannot be read at all throws. */
    public FiguresRead read(Path file) throws IOException {
        return read(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    FiguresRead read(String origin, String text) {
        FiguresCollector figures = new FiguresCollector(source, origin);
        long number = 0;
        for (String line : text.lines().toList()) {
            number++;
            LineRef where = new LineRef(origin, number);
            T tree = parse(line);
            if (errors.hasError()) {
                figures.problem(new Diagnostic(where, errors.column(), errors.message()));
                continue;
            }
            try {
                collect(tree, where, figures);
            } catch (ValueProblem problem) {
                figures.problem(new Diagnostic(where, problem.column(), problem.getMessage()));
            }
        }
        return figures.finish(expected);
    }

    /** Takes what {@code line} says into {@code figures}. */
    abstract void collect(T line, LineRef where, FiguresCollector figures);

    /** The value of a number token, which the grammar only knows as digits. */
    static long number(Token digits) {
        try {
            return Long.parseLong(digits.getText());
        } catch (NumberFormatException e) {
            throw new ValueProblem(digits.getCharPositionInLine() + 1, "number out of range: " + digits.getText());
        }
    }

    private T parse(String line) {
        errors.reset();
        Lexer lexer = lexers.apply(CharStreams.fromString(line));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        P parser = parsers.apply(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new CurrentRuleErrorStrategy());
        return entry.apply(parser);
    }

    /** A well-formed line with a value that cannot be held. */
    static final class ValueProblem extends RuntimeException {
        private final int column;

        ValueProblem(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }

        int column() {
            return column;
        }
    }
}
