package io.downtime.trace;

import io.downtime.grammar.TraceLineParser.*;
import io.downtime.model.*;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Turns a parse tree of {@code TraceLine.g4} into an immutable event. The tree is already known to
 * be well-formed; what can still fail here is a value the model cannot hold.
 */
final class EventBuilder {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    TraceEvent build(LineContext line, LineRef where) {
        if (line instanceof IsoStampedContext iso) {
            if (iso.isoLine() instanceof IsoEventContext event) {
                EventHeader header = new EventHeader(where, stamp(() -> isoMicros(iso.ISO_TIME().getSymbol()), event.event()),
                        OptionalLong.empty(), LineForm.ISO_TIME);
                return event(event.event(), header);
            }
            EventHeader header = new EventHeader(where, OptionalLong.of(isoMicros(iso.ISO_TIME().getSymbol())),
                    OptionalLong.empty(), LineForm.ISO_TIME);
            return message(((IsoMessageContext) iso.isoLine()).qemuMessage(), header);
        }
        if (line instanceof IdStampedContext stamped) {
            Token id = stamped.INT(0).getSymbol();
            Token time = stamped.INT(1).getSymbol();
            if (stamped.stampedEvent() instanceof LogStampContext log) {
                OptionalLong thread = stamp(() -> number(id, false), log.event());
                EventHeader header = new EventHeader(where,
                        stamp(() -> secondsAndFraction(time, log.INT().getSymbol()), log.event()), thread,
                        LineForm.LOG_THREAD_STAMP);
                return event(log.event(), header);
            }
            StapStampContext stap = (StapStampContext) stamped.stampedEvent();
            OptionalLong process = stamp(() -> number(id, false), stap.event());
            EventHeader header = new EventHeader(where, stamp(() -> number(time, false) / 1000, stap.event()), process,
                    LineForm.SYSTEMTAP);
            return event(stap.event(), header);
        }
        EventHeader unstamped = new EventHeader(where, OptionalLong.empty(), OptionalLong.empty(), LineForm.UNSTAMPED);
        if (line instanceof UnstampedContext bare) {
            if (bare.bareEvent() instanceof BareUnderstoodEventContext understood) {
                return understood(understood.understoodEvent(), unstamped);
            }
            return new OtherEvent(unstamped, ((BareOtherEventContext) bare.bareEvent()).bareEventName().getText());
        }
        return message(((UnstampedMessageContext) line).qemuMessage(), unstamped);
    }

    /**
     * A value of a line's stamp. An event this tool does not interpret is only counted by its name,
     * as the reader's prefilter counts it without reading its stamp: a value there that the model
     * cannot hold is left out rather than rejecting the line.
     */
    private static OptionalLong stamp(LongSupplier value, EventContext event) {
        try {
            return OptionalLong.of(value.getAsLong());
        } catch (InvalidValueException invalid) {
            if (event.understoodEvent() != null) {
                throw invalid;
            }
            return OptionalLong.empty();
        }
    }

    private TraceEvent event(EventContext event, EventHeader header) {
        if (event.understoodEvent() != null) {
            return understood(event.understoodEvent(), header);
        }
        return new OtherEvent(header, otherEventName(event.otherEvent()));
    }

    private static String otherEventName(OtherEventContext other) {
        if (other.eventName() != null) {
            return other.eventName().getText();
        }
        // One of the grammar's multi-word literals: every one of them has a space after its first word.
        String literal = other.nameAndMore().getText();
        return literal.substring(0, literal.indexOf(' '));
    }

    private TraceEvent understood(UnderstoodEventContext event, EventHeader header) {
        if (event instanceof DeviceSaveContext save) {
            return device(save.deviceArgs(), DeviceOperation.SAVE, header);
        }
        if (event instanceof DeviceLoadContext load) {
            return device(load.deviceArgs(), DeviceOperation.LOAD, header);
        }
        if (event instanceof CheckpointContext checkpoint) {
            return new Checkpoint(header, RuleText.name(checkpoint.checkpointName()));
        }
        if (event instanceof StateChangeContext state) {
            return new StateChange(header, RuleText.name(state.stateName()));
        }
        if (event instanceof DowntimeSentContext sent) {
            LimitAndSourceDowntimeContext args = sent.limitAndSourceDowntime();
            return new DowntimeSent(header, value(args.number(0)), value(args.number(1)));
        }
        if (event instanceof DowntimeReceivedContext received) {
            LimitAndSourceDowntimeContext args = received.limitAndSourceDowntime();
            return new DowntimeReceived(header, value(args.number(0)), value(args.number(1)));
        }
        if (event instanceof DestinationAbortContext abort) {
            return new DestinationAbort(header, value(abort.number(0)), value(abort.number(1)), value(abort.number(2)));
        }
        return decision(event, header);
    }

    /** QEMU's switchover decision and the stream's sections (the events of {@code -trace 'migrat*' ...}). */
    private TraceEvent decision(UnderstoodEventContext event, EventHeader header) {
        if (event instanceof BandwidthEstimateContext estimate) {
            boolean switchover = estimate.SWITCHOVER_BW() != null;
            return new BandwidthEstimate(header, value(estimate.number(0)), value(estimate.number(1)),
                    value(estimate.number(2)), switchover ? OptionalLong.of(value(estimate.number(3))) : OptionalLong.empty(),
                    value(estimate.number(switchover ? 4 : 3)));
        }
        if (event instanceof PendingEstimateContext estimate) {
            return pending(PendingMeasure.ESTIMATE, estimate.pendingSizes(), header);
        }
        if (event instanceof PendingExactContext exact) {
            return pending(PendingMeasure.EXACT, exact.pendingSizes(), header);
        }
        if (event instanceof SwitchoverDecisionContext decision) {
            return new SwitchoverDecision(header, value(decision.number()));
        }
        if (event instanceof SectionSaveStartContext start) {
            return new SectionSaveStart(header, RuleText.name(start.savedIdstr()), value(start.number()));
        }
        if (event instanceof SectionSaveEndContext end) {
            return new SectionSaveEnd(header, RuleText.name(end.savedIdstr()), value(end.number(0)), value(end.number(1)));
        }
        if (event instanceof SectionReadContext read) {
            return new SectionRead(header, value(read.number()));
        }
        if (event instanceof SectionLoadStartContext start) {
            return new SectionLoadStart(header, value(start.number(0)), RuleText.name(start.loadedIdstr()),
                    value(start.number(1)), value(start.number(2)));
        }
        if (event instanceof SectionLoadPartEndContext part) {
            return new SectionLoadPartEnd(header, value(part.number()));
        }
        if (event instanceof LoadResultContext result) {
            return new LoadResult(header, EventKind.ofLabel(result.loadResultName().getText()), value(result.number()));
        }
        if (event instanceof CommandReceivedContext command) {
            return new CommandReceived(header, RuleText.name(command.commandName()), value(command.number()));
        }
        return new MigrationStep(header, EventKind.ofLabel(((StepContext) event).migrationStep().getText()));
    }

    private static PendingSize pending(PendingMeasure measure, PendingSizesContext sizes, EventHeader header) {
        return new PendingSize(header, measure, value(sizes.number(0)), value(sizes.number(1)), value(sizes.number(2)));
    }

    private TraceEvent device(DeviceArgsContext args, DeviceOperation operation, EventHeader header) {
        SectionType type = args.sectionType().ITERABLE() != null ? SectionType.ITERABLE : SectionType.NON_ITERABLE;
        return new DeviceDowntime(header, operation, type, RuleText.name(args.idstr()), value(args.number(0)), value(args.number(1)));
    }

    private TraceEvent message(QemuMessageContext message, EventHeader header) {
        String program = message.program().QEMU_PROGRAM().getText();
        MessageContext body = message.message();
        if (body instanceof AbortLimitReachedContext reached) {
            return new AbortLimitReached(header, program, value(reached.number()));
        }
        if (body instanceof DowntimeLimitExceededContext exceeded) {
            return new DowntimeLimitExceeded(header, program, value(exceeded.number(0)), value(exceeded.number(1)));
        }
        return new QemuMessage(header, program, RuleText.of(((PlainMessageContext) body).anyText()));
    }

    private static long value(NumberContext number) {
        TerminalNode digits = number.INT();
        return number(digits.getSymbol(), number.MINUS() != null);
    }

    private static long number(Token digits, boolean negative) {
        String text = negative ? "-" + digits.getText() : digits.getText();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(digits.getCharPositionInLine() + 1 - (negative ? 1 : 0),
                    "number out of range: " + abbreviate(text));
        }
    }

    private static long secondsAndFraction(Token seconds, Token fraction) {
        long whole = number(seconds, false);
        String digits = fraction.getText();
        // QEMU prints exactly six digits; treat other lengths as a decimal fraction.
        String micros = digits.length() >= 6 ? digits.substring(0, 6) : (digits + "000000").substring(0, 6);
        try {
            return Math.addExact(Math.multiplyExact(whole, MICROS_PER_SECOND), Long.parseLong(micros));
        } catch (ArithmeticException e) {
            throw new InvalidValueException(seconds.getCharPositionInLine() + 1,
                    "timestamp out of range: " + abbreviate(seconds.getText()));
        }
    }

    private static long isoMicros(Token iso) {
        try {
            Instant instant = Instant.parse(iso.getText());
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1000);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidValueException(iso.getCharPositionInLine() + 1, "invalid timestamp: " + iso.getText());
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
