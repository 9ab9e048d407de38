package io.downtime.crosscheck;

import io.downtime.model.LineRef;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.InvalidValueException;
import io.downtime.trace.ParsingFront;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a text report (a tool's output saved to a file) line by line, each line through one
 * grammar and the {@link ParsingFront}, into figures. A line that cannot be read gets a diagnostic and
 * the next line is read.
 *
 * @param <P> the grammar's generated parser
 * @param <T> the parse tree of one line
 */
abstract class LineReportReader<P extends Parser, T extends ParserRuleContext> {
    private final FigureSource source;
    private final String expected;
    private final ParsingFront<P, T> front;

    LineReportReader(FigureSource source, String expected, ParsingFront.Grammar<P, T> grammar) {
        this.source = source;
        this.expected = expected;
        this.front = new ParsingFront<>(grammar);
    }

    /** Reads {@code file}, named in diagnostics as given; a file that cannot be read at all throws. */
    public ToolReportReading read(Path file) throws IOException {
        return read(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    ToolReportReading read(String origin, String text) {
        FiguresCollector figures = new FiguresCollector(source, origin);
        long number = 0;
        for (String line : text.lines().toList()) {
            number++;
            front.parse(line, new LineRef(origin, number), (tree, where) -> {
                collect(tree, where, figures);
                return Optional.<Diagnostic>empty();
            }, Optional::of).ifPresent(figures::problem);
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
            throw new InvalidValueException(digits.getCharPositionInLine() + 1, "number out of range: " + digits.getText());
        }
    }
}
