package io.downtime.trace;

import io.downtime.grammar.LibvirtLineLexer;
import io.downtime.grammar.LibvirtLineParser.LineContext;
import io.downtime.model.LineRef;

/**
 * {@code LibvirtLine.g4} through the {@link ParsingFront}: turns one of libvirt's own lines of a domain
 * log into an event, a diagnostic, or "not interpreted". A domain log holds a few dozen such lines per
 * QEMU process, so full LL prediction at once is fast enough, with the error strategy that words a
 * mismatch by the rule the parser is in.
 */
final class LibvirtLineParser {
    static final ParsingFront.Grammar<io.downtime.grammar.LibvirtLineParser, LineContext> GRAMMAR =
            new ParsingFront.Grammar<>(LibvirtLineLexer::new, io.downtime.grammar.LibvirtLineParser::new,
                    io.downtime.grammar.LibvirtLineParser::line, LibvirtLineWords.INSTANCE, false,
                    ParsingFront.Recovery.CURRENT_RULE);

    private final ParsingFront<io.downtime.grammar.LibvirtLineParser, LineContext> front = new ParsingFront<>(GRAMMAR);
    private final LibvirtEventBuilder builder = new LibvirtEventBuilder();

    /** Parses {@code text}, the content of line {@code where} without its line ending. */
    ParseOutcome parse(String text, LineRef where) {
        return front.parse(text, where, builder::build, ParseOutcome.Rejected::new);
    }
}
