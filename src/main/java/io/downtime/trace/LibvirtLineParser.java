package io.downtime.trace;

import io.downtime.grammar.LibvirtLineLexer;
import io.downtime.grammar.LibvirtLineParser.LineContext;
import io.downtime.model.LineRef;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The one entry point to {@code LibvirtLine.g4}: turns one of libvirt's own lines of a domain log
 * into an event, a diagnostic, or "not interpreted". A domain log holds a few dozen such lines per
 * QEMU process, so this parser does not need the trace parser's two-stage speed-up.
 */
final class LibvirtLineParser {
    private final LibvirtLineLexer lexer = new LibvirtLineLexer(null);
    private final CommonTokenStream tokens = new CommonTokenStream(lexer);
    private final io.downtime.grammar.LibvirtLineParser parser = new io.downtime.grammar.LibvirtLineParser(tokens);
    private final SyntaxErrorCollector errors = new SyntaxErrorCollector(LibvirtLineWords.INSTANCE);
    private final LibvirtEventBuilder builder = new LibvirtEventBuilder();

    LibvirtLineParser() {
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new CurrentRuleErrorStrategy());
    }

    /** Parses {@code text}, the content of line {@code where} without its line ending. */
    ParseOutcome parse(String text, LineRef where) {
        errors.reset();
        lexer.setInputStream(CharStreams.fromString(text));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
        LineContext tree = parser.line();
        if (errors.hasError()) {
            return new ParseOutcome.Rejected(new Diagnostic(where, errors.column(), errors.message()));
        }
        try {
            return builder.build(tree, where);
        } catch (InvalidValueException invalid) {
            return new ParseOutcome.Rejected(new Diagnostic(where, invalid.column(), invalid.getMessage()));
        }
    }
}
