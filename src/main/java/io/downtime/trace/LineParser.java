package io.downtime.trace;

import io.downtime.grammar.TraceLineLexer;
import io.downtime.grammar.TraceLineParser;
import io.downtime.model.LineRef;

/**
 * The trace grammar ({@code TraceLine.g4}) through the {@link ParsingFront}: turns the text of one line
 * into an event or a diagnostic. One instance per reading thread. The grammar reads every line the
 * byte-level fast path leaves, millions in a large trace, so ANTLR's fast SLL prediction is tried first
 * and full LL only when SLL fails.
 */
public final class LineParser {
    static final ParsingFront.Grammar<TraceLineParser, TraceLineParser.LineContext> GRAMMAR = new ParsingFront.Grammar<>(
            TraceLineLexer::new, TraceLineParser::new, TraceLineParser::line, TraceLineWords.INSTANCE, true,
            ParsingFront.Recovery.ANTLR_DEFAULT);

    private final ParsingFront<TraceLineParser, TraceLineParser.LineContext> front = new ParsingFront<>(GRAMMAR);
    private final EventBuilder builder = new EventBuilder();
    private final ParsingFront.TreeReader<TraceLineParser.LineContext, ParseOutcome> events =
            (tree, where) -> new ParseOutcome.Parsed(builder.build(tree, where));

    public LineParser() {
    }

    /** Parses {@code text}, the content of line {@code where} without its line ending. */
    ParseOutcome parse(String text, LineRef where) {
        return front.parse(text, where, events, ParseOutcome.Rejected::new);
    }
}
