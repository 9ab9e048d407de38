package io.downtime.trace;

import io.downtime.model.TraceEvent;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file read in blocks by two threads ({@link FileBlocks}, {@link BlockClaims}, {@link ReadAheadBlocks})
 * that is cut, or grows, while it is read. Each thread looked for the blocks' ends in the file on its own: after a cut
 * they could see different blocks, and the reader failed with an internal error
 * ({@code IllegalStateException: the reader's threads disagree on the blocks}), reported as an
 * unexpected error. The ends are now found once for both ({@link BlockEnds}), and a block the file no
 * longer holds whole is a read failure at the line where the cut is, as for a damaged gzip file.
 *
 * <p>The file really changes during the read, between two events the test takes from the reader, at a
 * place chosen so that the outcome does not depend on the timing of the two threads (said at each
 * test). Repeated, because a wrong outcome would depend on that timing.
 */
class FileChangedWhileReadTest {
    /** Every file read in blocks, at least 16 of them when the lines allow ({@link FileBlocks#blockBytes}). */
    private static final ReadOptions BLOCKS = new ReadOptions(false, 2);
    private static final ReadOptions WHOLE = new ReadOptions(false, Long.MAX_VALUE);
    private static final String SAMPLE = "dst-stalled-400ms/src.log";

    /**
     * The sample (52 lines, 5,091 bytes: blocks of at least 318 bytes, 16 or 17 of them) is cut just after
     * its second block, once its first line (an event: {@code migrate_set_state new state setup}, in the
     * first block) has been taken from the reader. The reader's thread comes to the third block only after
     * that, and whichever thread read the second block, it read it whole whenever it did (the second ends
     * at the cut). The other thread may have read the third block and more before the cut, or meet the cut
     * in them; the reader's thread, when it comes to a block, checks that the file still holds it whole
     * ({@link FileBlocks#checkHeldWhole}), so whatever the timing the read stops at the same place: the
     * lines of the first two blocks read (events, counts), then {@code src.log:L+1:1: cannot read further:
     * the file was cut while it was read ...}, L being the lines of the first two blocks; the lines of
     * any later block the other thread read before the cut are not said.
     */
    @RepeatedTest(20)
    void aFileCutWhileReadIsAReadFailureAtTheCut(@TempDir Path dir) throws IOException {
        Path file = copyOfSample(dir);
        long size = Files.size(file);
        List<long[]> blocks = blocks(file);
        assertTrue(blocks.size() >= 4, "the cut is not in the last block, which is read as far as the file goes");
        long cut = blocks.get(1)[1];
        long linesBeforeCut = lineEnds(file, cut);

        ReadResult whole = ReadResult.read(TraceInput.file(file), WHOLE);
        List<TraceEvent> expected = whole.events().stream().filter(e -> e.header().where().line() <= linesBeforeCut).toList();

        List<Diagnostic> diagnostics = new ArrayList<>();
        List<TraceEvent> events = new ArrayList<>();
        LineAccounting accounting;
        try (EventReader reader = EventReader.open(TraceInput.file(file), BLOCKS, diagnostics::add)) {
            TraceEvent first = reader.next();
            assertEquals(1, first.header().where().line(), "the first event is line 1, in the first block");
            assertTrue(blocks.get(0)[1] > 0);
            events.add(first);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(cut);
            }
            reader.forEachRemaining(events::add);
            accounting = reader.accounting();
        }

        assertEquals(expected, events, "the events of the lines before the cut, and no other");
        assertEquals(List.of("src.log:" + (linesBeforeCut + 1) + ":1: cannot read further: the file was cut while it was read: it is "
                        + cut + " bytes long now, " + size + " when reading began; what came after the cut is not read"),
                diagnostics.stream().map(d -> d.toString().replace(file.toString(), "src.log")).toList());
        assertEquals(linesBeforeCut, accounting.lines());
        assertEquals(1, accounting.readFailures());
        assertEquals(linesBeforeCut, accounting.understoodTotal() + accounting.otherEvents() + accounting.nonTrace()
                + accounting.rejected(), "every line read is accounted for");
    }

    /**
     * A sample grows while it is read: its first 10 lines are written again after its end once its first
     * event has been taken. {@code cancelled-in-precopy/src.log} (88 lines, 6,291 bytes: blocks of at
     * least 393 bytes) is cut in 15 blocks; the last (number 14) is always the reader's thread's own
     * ({@link ReadAheadBlocks} never claims it), read after that: the last block of a file read in blocks
     * is read as far as the file then goes, as one stream reads a file, so the read is the one-thread read
     * of the grown file: 98 lines, the same events, nothing said.
     */
    @RepeatedTest(5)
    void aFileThatGrowsWhileReadIsReadToItsNewEnd(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("src.log");
        Files.copy(SampleTraces.path("cancelled-in-precopy/src.log"), file);
        List<long[]> blocks = blocks(file);
        assertEquals(15, blocks.size());
        assertEquals(14, blocks.get(blocks.size() - 1)[2]);
        List<String> lines = Files.readAllLines(file);
        assertEquals(88, lines.size());
        String appended = String.join("\n", lines.subList(0, 10)) + "\n";

        List<Diagnostic> diagnostics = new ArrayList<>();
        List<TraceEvent> events = new ArrayList<>();
        LineAccounting accounting;
        try (EventReader reader = EventReader.open(TraceInput.file(file), BLOCKS, diagnostics::add)) {
            events.add(reader.next());
            assertTrue(events.get(0).header().where().line() < 88);
            Files.writeString(file, appended, StandardOpenOption.APPEND);
            reader.forEachRemaining(events::add);
            accounting = reader.accounting();
        }

        ReadResult grown = ReadResult.read(TraceInput.file(file), WHOLE);
        assertEquals(98, grown.accounting().lines());
        assertEquals(grown.events(), events);
        assertEquals(List.of(), diagnostics);
        assertEquals(grown.accounting(), accounting);
    }

    private static Path copyOfSample(Path dir) throws IOException {
        Path file = dir.resolve("src.log");
        Files.copy(SampleTraces.path(SAMPLE), file);
        assertEquals(5091, Files.size(file));
        return file;
    }

    /** The blocks of {@code file} as it is: start, end, number. */
    private static List<long[]> blocks(Path file) throws IOException {
        List<long[]> blocks = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            FileBlocks walk = new FileBlocks(channel, Files.size(file));
            while (walk.next()) {
                blocks.add(new long[]{walk.start(), walk.end(), walk.index()});
            }
        }
        return blocks;
    }

    /** The line ends in the first {@code bytes} bytes of {@code file}. */
    private static long lineEnds(Path file, long bytes) throws IOException {
        byte[] content = Files.readAllBytes(file);
        long count = 0;
        for (int i = 0; i < bytes; i++) {
            if (content[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
