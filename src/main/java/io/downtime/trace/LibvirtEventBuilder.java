package io.downtime.trace;

import io.downtime.grammar.LibvirtLineLexer;
import io.downtime.grammar.LibvirtLineParser.*;
import io.downtime.model.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns a parse tree of {@code LibvirtLine.g4} into an event, or says the line is libvirt's but
 * carries nothing this tool reads. The tree is already known to be well-formed; what can still
 * fail here is an impossible date.
 */
final class LibvirtEventBuilder {
    private static final DateTimeFormatter LIBVIRT_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSZ", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    ParseOutcome build(LineContext line, LineRef where) {
        if (line instanceof StampedLineContext stamped) {
            Token time = stamped.LIBVIRT_TIME().getSymbol();
            EventHeader header = new EventHeader(where, OptionalLong.of(micros(time)), OptionalLong.empty(),
                    LineForm.LIBVIRT_STAMP);
            return message(stamped.message(), header);
        }
        EventHeader header = new EventHeader(where, OptionalLong.empty(), OptionalLong.empty(), LineForm.UNSTAMPED);
        return option(((OptionLineContext) line).option(), header);
    }

    private ParseOutcome message(MessageContext message, EventHeader header) {
        if (message instanceof StartingUpContext start) {
            VersionsContext v = start.versions();
            if (v == null) {
                return parsed(new QemuStartup(header, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            }
            return parsed(new QemuStartup(header, value(v.libvirtVersion), value(v.libvirtPackage),
                    Optional.of(RuleText.of(v.qemuVersion)), value(v.qemuPackage), value(v.kernel), value(v.hostname)));
        }
        if (message instanceof ShuttingDownContext end) {
            return parsed(new QemuShutdown(header, end.reason == null ? Optional.empty() : Optional.of(RuleText.of(end.reason))));
        }
        if (message instanceof InitiatingMigrationContext) {
            return parsed(new MigrationInitiated(header));
        }
        return new ParseOutcome.NotInterpreted();
    }

    private ParseOutcome option(OptionContext option, EventHeader header) {
        if (option instanceof NameOptionContext name) {
            return parsed(new GuestName(header, guestName(name.guestNameArgument())));
        }
        if (option instanceof UuidOptionContext uuid) {
            // UUIDs compare without regard to case; keep one spelling.
            return parsed(new GuestUuid(header, uuid.UUID().getText().toLowerCase(Locale.ROOT)));
        }
        if (option instanceof IncomingOptionContext incoming) {
            IncomingArgumentContext argument = incoming.incomingArgument();
            String uri = argument instanceof QuotedIncomingContext quoted ? unescaped(quoted.quotedText()) : RuleText.of(argument);
            return parsed(new IncomingOption(header, uri));
        }
        if (option instanceof PausedOptionContext) {
            return parsed(new StartPausedOption(header));
        }
        return new ParseOutcome.NotInterpreted();
    }

    /**
     * The value of the {@code guest=} element; without one, the first element (QEMU's implied
     * key for {@code -name} is {@code guest}, and old libvirt wrote {@code -name NAME}).
     */
    private static String guestName(GuestNameArgumentContext argument) {
        if (argument instanceof QuotedGuestNameContext quoted) {
            return unescaped(quoted.quotedValue(0));
        }
        return unescaped(((PlainGuestNameContext) argument).plainValue(0));
    }

    /** The value's text with QEMU's doubled commas and the shell's {@code '\''} turned back into one character. */
    private static String unescaped(ParserRuleContext value) {
        StringBuilder text = new StringBuilder();
        for (ParseTree child : value.children) {
            Token token = ((TerminalNode) child).getSymbol();
            switch (token.getType()) {
                case LibvirtLineLexer.ESCAPED_COMMA -> text.append(',');
                case LibvirtLineLexer.ESCAPED_QUOTE -> text.append('\'');
                default -> text.append(token.getText());
            }
        }
        return text.toString();
    }

    private static Optional<String> value(FieldValueContext value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = RuleText.of(value).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static long micros(Token time) {
        try {
            OffsetDateTime instant = OffsetDateTime.parse(time.getText(), LIBVIRT_TIME);
            return Math.addExact(Math.multiplyExact(instant.toEpochSecond(), 1_000_000L), instant.getNano() / 1000);
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidValueException(time.getCharPositionInLine() + 1, "invalid timestamp: " + time.getText());
        }
    }

    private static ParseOutcome parsed(TraceEvent event) {
        return new ParseOutcome.Parsed(event);
    }
}
