package io.downtime.trace;

import io.downtime.model.LineRef;
import io.downtime.model.TraceEvent;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads one input line by line and hands out its understood events in file order. Memory is
 * bounded: one buffer, one reused parser, counters (and for a large plain file, read in blocks by two
 * threads, the other thread's buffer and a few chunks of lines, see {@link ReadAheadBlocks}; only the
 * blocks' ends grow with the file, eight bytes a mebibyte, {@link BlockEnds}).
 * Rejected lines go to the diagnostics consumer as they are met, and reading goes on.
 */
public final class EventReader implements Iterator<TraceEvent>, Closeable {
    private final TraceInput input;
    private final Consumer<Diagnostic> diagnostics;
    private final LineEvents lineEvents;
    private LineClassifier classifier;
    /** The blocks of a large plain file, as this thread walks them; null when one stream is read. */
    private FileBlocks blocks;
    private BlockClaims claims;
    private ReadAheadBlocks readAhead;
    /** Whether the current block is one the other thread read, whose lines come from {@link #readAhead}'s chunks. */
    private boolean inReadAheadBlock;
    /** Whether the lines come from this thread's scanner: the first stream, or a block this thread claimed. */
    private boolean scanningOwnBlock;
    private ReadAheadBlocks.Chunk chunk;
    private int chunkLine;
    /** The lines before the current block read ahead. */
    private long linesBeforeBlock;
    private long lineNumber;
    private long readFailures;
    private TraceEvent pending;
    private boolean finished;

    private EventReader(TraceInput input, ReadOptions options, Consumer<Diagnostic> diagnostics) {
        this.input = input;
        this.diagnostics = diagnostics;
        this.lineEvents = new LineEvents(input, options, diagnostics);
    }

    /** Opens {@code input}; an input that cannot be opened at all throws. */
    public static EventReader open(TraceInput input, ReadOptions options, Consumer<Diagnostic> diagnostics)
            throws IOException {
        EventReader reader = new EventReader(input, options, diagnostics);
        InputStream in;
        if (readInBlocks(input, options)) {
            Path path = input.path().orElseThrow();
            long size = Files.size(path);
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            try {
                BlockEnds ends = new BlockEnds(size);
                reader.blocks = new FileBlocks(channel, ends);
                reader.blocks.next();
                in = reader.blocks.stream();
                reader.claims = new BlockClaims();
                reader.readAhead = ReadAheadBlocks.start(path, ends, reader.claims, options);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
        } else {
            in = input.open();
        }
        reader.classifier = new LineClassifier(new LineScanner(in), options);
        return reader;
    }

    /** Whether {@code input} is a plain file large enough to be read by two threads ({@link FileBlocks}). */
    private static boolean readInBlocks(TraceInput input, ReadOptions options) throws IOException {
        if (input.path().isEmpty() || !Files.isRegularFile(input.path().get()) || input.isGzip()) {
            return false;
        }
        return Files.size(input.path().get()) >= Math.max(2, options.splitFromBytes());
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
        return lineEvents.accounting(lineNumber, classifier, readFailures);
    }

    private TraceEvent advance() {
        try {
            while (true) {
                if (inReadAheadBlock) {
                    TraceEvent event = advanceInReadAheadBlock();
                    if (event != null || readAhead == null) {
                        return event;
                    }
                } else {
                    scanningOwnBlock = true;
                    while (classifier.next()) {
                        LineScanner scanner = classifier.scanner();
                        lineNumber = scanner.lineNumber();
                        FastLine fast = classifier.fastLine();
                        TraceEvent event = fast != null ? lineEvents.event(lineNumber, fast)
                                : lineEvents.event(lineNumber, scanner.buffer(), scanner.lineStart(), scanner.lineEnd(),
                                        scanner.oversizedLength(), classifier.verdict());
                        if (event != null) {
                            return event;
                        }
                    }
                    scanningOwnBlock = false;
                    lineNumber = classifier.scanner().lineNumber();
                    if (readAhead == null) {
                        return null;
                    }
                }
                // the block is done: the next one, read here or taken from the other thread
                if (!blocks.moveTo(blocks.index() + 1)) {
                    return finishReadAhead();
                }
                blocks.checkHeldWhole();
                inReadAheadBlock = !claims.readerTakes(blocks.index());
                if (inReadAheadBlock) {
                    linesBeforeBlock = lineNumber;
                } else {
                    classifier.scanner().restart(blocks.stream(), lineNumber);
                }
            }
        } catch (IOException e) {
            // The classifier counted lines past the last one it stopped at: the failure comes after them.
            // (Between blocks, lineNumber is right already: the scanner has not yet been moved on past the
            // lines of a block read ahead.)
            if (scanningOwnBlock) {
                lineNumber = classifier.scanner().lineNumber();
            }
            readFailed(e);
            stopReadAhead();
            return null;
        }
    }

    /**
     * The lines the other thread passed on from the current block, parsed or built here, in file order,
     * with whole-file line numbers; null at the block's end, or when that thread stopped.
     */
    private TraceEvent advanceInReadAheadBlock() throws IOException {
        while (true) {
            if (chunk == null || chunkLine == chunk.count) {
                if (chunk != null && chunk.totals != null) {
                    // a failure inside the block: nothing comes after it
                    ReadAheadBlocks.Totals totals = chunk.totals;
                    chunk = null;
                    lineNumber = linesBeforeBlock + totals.blockLines();
                    finish(totals);
                    if (totals.failure() == null) {
                        // the other thread stopped before a block it claimed (see finishReadAhead)
                        throw disagreement();
                    }
                    return null;
                }
                if (chunk != null && chunk.blockLines >= 0) {
                    lineNumber = linesBeforeBlock + chunk.blockLines;
                    readAhead.recycle(chunk);
                    chunk = null;
                    inReadAheadBlock = false;
                    return null;
                }
                if (chunk != null) {
                    readAhead.recycle(chunk);
                }
                chunk = readAhead.take();
                chunkLine = 0;
                if (chunk.totals == null && chunk.block != blocks.index()) {
                    throw disagreement();
                }
                continue;
            }
            int i = chunkLine++;
            lineNumber = linesBeforeBlock + chunk.lines[i];
            FastLine fast = chunk.parsed.at(i);
            TraceEvent event = fast != null ? lineEvents.event(lineNumber, fast)
                    : lineEvents.event(lineNumber, chunk.data, chunk.starts[i], chunk.end(i), chunk.oversized[i], chunk.verdicts[i]);
            if (event != null) {
                return event;
            }
        }
    }

    /** After the last block: what the other thread counted, from its last chunk. */
    private TraceEvent finishReadAhead() throws IOException {
        ReadAheadBlocks.Chunk last = readAhead.take();
        if (last.totals == null) {
            throw disagreement();
        }
        finish(last.totals);
        return null;
    }

    /**
     * Cannot happen while both threads take their blocks from one {@link BlockEnds} and {@link BlockClaims};
     * were it to, the lines of the blocks one thread did not read would be missing, and that is a read
     * failure, not a crash.
     */
    private static IOException disagreement() {
        return new IOException("the reader's two threads disagree on the blocks of the file");
    }

    private void finish(ReadAheadBlocks.Totals totals) {
        if (totals.counted() != null) {
            lineEvents.addCounted(totals.counted());
        }
        stopReadAhead();
        if (totals.failure() != null) {
            readFailed(totals.failure());
        }
    }

    private void readFailed(IOException e) {
        readFailures++;
        diagnostics.accept(new Diagnostic(new LineRef(input.name(), lineNumber + 1), 1,
                "cannot read further: " + describe(e)));
    }

    private void stopReadAhead() {
        if (readAhead != null) {
            try {
                readAhead.close();
            } catch (IOException e) {
                // Closing a file only read from loses nothing; the reading's own failures were said.
            }
            readAhead = null;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void close() throws IOException {
        stopReadAhead();
        classifier.close();
    }
}
