package io.downtime.trace;

import java.io.Closeable;
import java.io.IOException;

/**
 * Moves through the lines of a {@link LineScanner} and counts, without stopping, every line that
 * needs no parsing: text that is not a trace line, and other events (unless they are to be kept).
 * It stops at the lines that hold an understood event or need the grammar, and reads the plainly
 * well-formed understood events itself ({@link FastLineParser}). Almost every line of a real trace is
 * counted or read here, so this loop is what a read costs; both threads of a file read in blocks run it
 * ({@link ReadAheadBlocks}).
 */
final class LineClassifier implements Closeable {
    private final LineScanner scanner;
    private final LinePrefilter prefilter = new LinePrefilter();
    private final boolean keepOtherEvents;
    private final FastLineParser fastParser;
    private final FastLine fastLine = new FastLine();
    private final NameTally otherNames = new NameTally();
    private final RecentShapes recent = new RecentShapes();
    private long nonTrace;
    private long otherEvents;
    private LinePrefilter.Verdict verdict;
    private boolean fastParsed;

    LineClassifier(LineScanner scanner, ReadOptions options) {
        this.scanner = scanner;
        this.keepOtherEvents = options.keepOtherEvents();
        this.fastParser = options.grammarOnly() ? null : new FastLineParser();
    }

    /** Moves to the next line to parse; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            int known = -1;
            if (!keepOtherEvents) {
                // The commonest lines, counted in a run without the scanner until one is not of their shape.
                int from = scanner.position();
                int to = recent.countRun(scanner.buffer(), from, scanner.limit());
                if (to != from) {
                    otherEvents += recent.runLines();
                    scanner.skipLines(to, recent.runLines());
                }
                // Where the bytes held ran out: recognised from its start, the search for its end starts after its name.
                if (recent.runUndecided()) {
                    known = recent.matchAhead(scanner.buffer(), to, scanner.limit(), scanner.endOfInput());
                }
            }
            if (!scanner.nextAfter(known >= 0 ? recent.nameEnd() : scanner.position())) {
                break;
            }
            if (scanner.oversizedLength() >= 0) {
                verdict = null;
                fastParsed = false;
                return true;
            }
            if (known >= 0) {
                otherEvents++;
                recent.count(known);
                continue;
            }
            byte[] bytes = scanner.buffer();
            int start = scanner.lineStart();
            int end = scanner.lineEnd();
            // An understood event the shortcut reads is one the prefilter calls a candidate
            // (FastLineParserAgreementTest): read so, it needs no pass of the prefilter's.
            if (fastParser != null && fastParser.parse(bytes, start, end, fastLine)) {
                verdict = LinePrefilter.Verdict.CANDIDATE;
                fastParsed = true;
                return true;
            }
            LinePrefilter.Verdict sorted = prefilter.classify(bytes, start, end);
            if (sorted == LinePrefilter.Verdict.NON_TRACE) {
                nonTrace++;
            } else if (sorted == LinePrefilter.Verdict.OTHER_EVENT && !keepOtherEvents) {
                otherEvents++;
                otherNames.add(bytes, prefilter.nameStart(), prefilter.nameEnd());
                recent.learn(bytes, start, prefilter.nameStart(), prefilter.nameEnd(), otherNames);
            } else {
                verdict = sorted;
                fastParsed = false;
                return true;
            }
        }
        recent.flush(otherNames);
        return false;
    }

    /** What the prefilter made of the current line; null when the line is too long to be kept. */
    LinePrefilter.Verdict verdict() {
        return verdict;
    }

    /** The current line's understood event as {@link FastLineParser} read it, or null when the grammar must read the line. */
    FastLine fastLine() {
        return fastParsed ? fastLine : null;
    }

    LineScanner scanner() {
        return scanner;
    }

    /** Lines counted as not trace lines. */
    long nonTrace() {
        return nonTrace;
    }

    /** Lines counted as other events, by name in {@link #otherNames()}. */
    long otherEvents() {
        return otherEvents;
    }

    /** Complete once {@link #next()} returned false. */
    NameTally otherNames() {
        return otherNames;
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}
