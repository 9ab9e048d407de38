package io.downtime.trace;

import io.downtime.model.EventKind;
import io.downtime.model.LineRef;
import io.downtime.model.TraceEvent;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads one input line by line and hands out its understood events in file order. Memory does
 * not grow with the input: one buffer, one reused parser, counters. Rejected lines go to the
 * diagnostics consumer as they are met, and reading goes on.
 */
public final class EventReader implements Iterator<TraceEvent>, Closeable {
    private final TraceInput input;
    private final ReadOptions options;
    private final Consumer<Diagnostic> diagnostics;
    private final LinePrefilter prefilter = new LinePrefilter();
    private final LineParser parser = new LineParser();
    private LibvirtLineParser libvirtParser;
    private final NameTally otherNames = new NameTally();
    private final long[] understood = new long[EventKind.values().length];
    private LineScanner scanner;
    private long nonTrace;
    private long otherEvents;
    private long rejected;
    private long readFailures;
    private TraceEvent pending;
    private boolean finished;

    private EventReader(TraceInput input, ReadOptions options, Consumer<Diagnostic> diagnostics) {
        this.input = input;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** Opens {@code input}; an input that cannot be opened at all throws. */
    public static EventReader open(TraceInput input, ReadOptions options, Consumer<Diagnostic> diagnostics)
            throws IOException {
        EventReader reader = new EventReader(input, options, diagnostics);
        reader.scanner = new LineScanner(input.open());
        return reader;
    }

    public TraceInput input() {
        return input;
    }

    /** The events still to come, as a stream; closing the stream closes the reader. */
    public Stream<TraceEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            pending = advance();
            finished = pending == null;
        }
        return pending != null;
    }

    @Override
    public TraceEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TraceEvent event = pending;
        pending = null;
        return event;
    }

    /** Where the lines read so far went. Complete once {@link #hasNext()} returned false. */
    public LineAccounting accounting() {
        EnumMap<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            if (understood[kind.ordinal()] > 0) {
                kinds.put(kind, understood[kind.ordinal()]);
            }
        }
        long lines = scanner.lineNumber();
        return new LineAccounting(lines, kinds, otherEvents, otherNames.snapshot(), nonTrace, rejected, readFailures);
    }

    private TraceEvent advance() {
        try {
            while (scanner.next()) {
                TraceEvent event = classify();
                if (event != null) {
                    return event;
                }
            }
        } catch (IOException e) {
            readFailures++;
            diagnostics.accept(new Diagnostic(new LineRef(input.name(), scanner.lineNumber() + 1), 1,
                    "cannot read further: " + describe(e)));
        }
        return null;
    }

    private TraceEvent classify() {
        LineRef where = null;
        if (scanner.oversizedLength() >= 0) {
            where = new LineRef(input.name(), scanner.lineNumber());
            reject(new Diagnostic(where, 1, "line is " + scanner.oversizedLength()
                    + " bytes long; lines longer than " + LineScanner.MAX_LINE_BYTES + " bytes are not read"));
            return null;
        }
        byte[] bytes = scanner.buffer();
        int start = scanner.lineStart();
        int end = scanner.lineEnd();
        switch (prefilter.classify(bytes, start, end)) {
            case NON_TRACE:
                nonTrace++;
                return null;
            case LIBVIRT:
                return libvirtLine(bytes, start, end);
            case OTHER_EVENT:
                if (!options.keepOtherEvents()) {
                    otherEvents++;
                    otherNames.add(bytes, prefilter.nameStart(), prefilter.nameEnd());
                    return null;
                }
                break;
            default:
                break;
        }
        where = new LineRef(input.name(), scanner.lineNumber());
        ParseOutcome outcome = parser.parse(new String(bytes, start, end - start, StandardCharsets.UTF_8), where);
        if (outcome instanceof ParseOutcome.Rejected rejection) {
            reject(rejection.diagnostic());
            return null;
        }
        TraceEvent event = ((ParseOutcome.Parsed) outcome).event();
        if (event instanceof io.downtime.model.OtherEvent other) {
            otherEvents++;
            byte[] name = other.name().getBytes(StandardCharsets.UTF_8);
            otherNames.add(name, 0, name.length);
            return options.keepOtherEvents() ? event : null;
        }
        understood[event.kind().ordinal()]++;
        return event;
    }

    /** One of libvirt's own lines: read by its own grammar; the ones it does not interpret are non-trace. */
    private TraceEvent libvirtLine(byte[] bytes, int start, int end) {
        if (libvirtParser == null) {
            libvirtParser = new LibvirtLineParser();
        }
        LineRef where = new LineRef(input.name(), scanner.lineNumber());
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

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}
