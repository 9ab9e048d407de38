package io.downtime.trace;

import io.downtime.model.EventKind;
import io.downtime.model.LineRef;
import io.downtime.model.OtherEvent;
import io.downtime.model.TraceEvent;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.function.Consumer;

/**
 * What the lines a {@link LineClassifier} stops at become, on the reader's thread, in file order: an
 * event (read already by the byte-level shortcut, or by the grammar, libvirt's for libvirt's lines), or
 * a diagnostic; and the counts of them, with the lines the classifiers counted on their own, for the
 * reader's {@link LineAccounting}.
 */
final class LineEvents {
    private final TraceInput input;
    /** The input's name, which every line's place holds. */
    private final String inputName;
    private final ReadOptions options;
    private final Consumer<Diagnostic> diagnostics;
    /** The grammar, made when a line first needs it: a trace of plain lines never does ({@link FastLineParser}). */
    private LineParser parser;
    private LibvirtLineParser libvirtParser;
    private final NameTally otherNames = new NameTally();
    private final long[] understood = new long[EventKind.values().length];
    private long nonTrace;
    private long otherEvents;
    private long rejected;

    LineEvents(TraceInput input, ReadOptions options, Consumer<Diagnostic> diagnostics) {
        this.input = input;
        this.inputName = input.name();
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** Line {@code lineNumber}'s understood event, read already ({@code fast}): built here, now that its line number is known. */
    TraceEvent event(long lineNumber, FastLine fast) {
        understood[fast.kind.ordinal()]++;
        return fast.event(new LineRef(inputName, lineNumber));
    }

    /**
     * Line {@code lineNumber}, {@code [start, end)} of {@code bytes}, which a classifier stopped at and did
     * not read ({@link #event(long, FastLine)}): parsed, rejected, or (libvirt's uninterpreted lines)
     * counted. Null when it is no event to hand out.
     */
    TraceEvent event(long lineNumber, byte[] bytes, int start, int end, long oversizedLength,
                     LinePrefilter.Verdict verdict) {
        LineRef where = new LineRef(inputName, lineNumber);
        if (oversizedLength >= 0) {
            reject(new Diagnostic(where, 1, "line is " + oversizedLength
                    + " bytes long; lines longer than " + LineScanner.MAX_LINE_BYTES + " bytes are not read"));
            return null;
        }
        if (verdict == LinePrefilter.Verdict.LIBVIRT) {
            return libvirtLine(bytes, start, end, where);
        }
        if (parser == null) {
            parser = new LineParser();
        }
        ParseOutcome outcome = parser.parse(new String(bytes, start, end - start, StandardCharsets.UTF_8), where);
        if (outcome instanceof ParseOutcome.Rejected rejection) {
            reject(rejection.diagnostic());
            return null;
        }
        TraceEvent event = ((ParseOutcome.Parsed) outcome).event();
        if (event instanceof OtherEvent other) {
            otherEvents++;
            byte[] name = other.name().getBytes(StandardCharsets.UTF_8);
            otherNames.add(name, 0, name.length);
            return options.keepOtherEvents() ? event : null;
        }
        understood[event.kind().ordinal()]++;
        return event;
    }

    /** One of libvirt's own lines: read by its own grammar; the ones it does not interpret are non-trace. */
    private TraceEvent libvirtLine(byte[] bytes, int start, int end, LineRef where) {
        if (libvirtParser == null) {
            libvirtParser = new LibvirtLineParser();
        }
        ParseOutcome outcome = libvirtParser.parse(new String(bytes, start, end - start, StandardCharsets.UTF_8), where);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            understood[parsed.event().kind().ordinal()]++;
            return parsed.event();
        }
        if (outcome instanceof ParseOutcome.Rejected rejection) {
            reject(rejection.diagnostic());
        } else {
            nonTrace++;
        }
        return null;
    }

    private void reject(Diagnostic diagnostic) {
        rejected++;
        diagnostics.accept(diagnostic);
    }

    /** Adds the lines a classifier counted without stopping (the other thread's, once it is done). */
    void addCounted(LineClassifier counted) {
        nonTrace += counted.nonTrace();
        otherEvents += counted.otherEvents();
        otherNames.addAll(counted.otherNames());
    }

    /**
     * Where the {@code lines} lines went: those counted here, and those {@code classifier} (the reader's
     * thread's) counted on its own; {@code readFailures} read failures.
     */
    LineAccounting accounting(long lines, LineClassifier classifier, long readFailures) {
        EnumMap<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            if (understood[kind.ordinal()] > 0) {
                kinds.put(kind, understood[kind.ordinal()]);
            }
        }
        NameTally names = new NameTally();
        names.addAll(otherNames);
        names.addAll(classifier.otherNames());
        return new LineAccounting(lines, kinds, otherEvents + classifier.otherEvents(), names.snapshot(),
                nonTrace + classifier.nonTrace(), rejected, readFailures);
    }
}
