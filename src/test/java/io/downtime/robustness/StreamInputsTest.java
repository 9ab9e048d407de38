package io.downtime.robustness;

import io.downtime.testing.ChildAnalyzer;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.downtime.testing.ChildAnalyzer.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs that are streams, not files: {@code <(command)}, {@code /dev/stdin} from a pipe, a FIFO
 * (issue 14, item 4; docs/robustness.md). Each is read once, from the start, in order; the
 * figures are those of the same files read as files: dst-stalled-400ms's QEMU figure 4.111 ms and
 * a guest stopped at least 405.351 ms, src.log's 52 lines all understood (DamagedBytesTest derives
 * them).
 */
class StreamInputsTest {
    private static final Path SRC = SampleTraces.path("dst-stalled-400ms/src.log");
    private static final Path DST = SampleTraces.path("dst-stalled-400ms/dst.log");

    @TempDir
    Path dir;

    /** {@code report <(cat src.log) <(gzip -c dst.log)}: two pipes, one of them compressed, named /dev/fd/N. */
    @Test
    void processSubstitutionsAreRead() {
        CliRun run = ChildAnalyzer.bash(dir, "\"${ANALYZER[@]}\" report <(cat " + quote(SRC.toString()) + ") <(gzip -c "
                + quote(DST.toString()) + ")");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("guest stopped  at least 405.351 ms"), run.out());
        assertTrue(run.out().contains("QEMU's figure  4.111 ms"), run.out());
    }

    /** {@code cat src.log | analyzer events --summary /dev/stdin}: the pipe is read whole, 52 lines. */
    @Test
    void devStdinFromAPipeIsRead() {
        CliRun run = ChildAnalyzer.bash(dir, "cat " + quote(SRC.toString()) + " | \"${ANALYZER[@]}\" events --summary /dev/stdin");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("/dev/stdin     52          52             0          0         0"), run.out());
    }

    /** virsh's figures through a pipe ({@code --domjobinfo <(virsh domjobinfo ...)}) are read as the file is. */
    @Test
    void crossCheckReportThroughAPipeIsRead() {
        Path libvirt = SampleTraces.path("libvirt-one-migration");
        CliRun run = ChildAnalyzer.bash(dir, "\"${ANALYZER[@]}\" report --domjobinfo <(cat "
                + quote(libvirt.resolve("src-domjobinfo.txt").toString()) + ") "
                + quote(libvirt.resolve("src-host-guest-a.log").toString()) + " "
                + quote(libvirt.resolve("dst-host-guest-a.log").toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(virsh domjobinfo, outgoing)"), run.out());
    }

    /** A FIFO named on the command line, its writer started first: read as the file it carries. */
    @Test
    void fifoIsRead() {
        Path fifo = fifoWriting(dir.resolve("src.fifo"), SRC);
        CliRun run = CliRun.of("report", fifo.toString(), DST.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("guest stopped  at least 405.351 ms"), run.out());
    }

    /** A FIFO as one log of a run set's explicit pair (SRC,DST) is read too: it was named, not found. */
    @Test
    void fifoInAnExplicitPairIsRead() {
        Path fifo = fifoWriting(dir.resolve("src.fifo"), SRC);
        CliRun run = CliRun.of("runs", fifo + "," + DST);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("only runs  one-sided  ≥405.351 ms"), run.out());
    }

    /**
     * A baseline records each input's size and SHA-256, read again from the file: a pipe, read once,
     * would be recorded as 0 bytes and the checksum of nothing. Refused, nothing written.
     */
    @Test
    void baselineRefusesAnInputThatCannotBeReadAgain() {
        Path fifo = fifoWriting(dir.resolve("src.fifo"), SRC);
        Path baseline = dir.resolve("b.json");
        CliRun run = CliRun.of("baseline", "-o", baseline.toString(), fifo + "," + DST);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("analyzer: " + fifo + ": is not a regular file (a pipe or FIFO?): a baseline"
                + " records the size and SHA-256 of every input, read again from the file; save it to a file first"), run.err());
        assertFalse(Files.exists(baseline));
    }

    /** Makes a FIFO at {@code fifo} and starts writing {@code content} into it (the write waits for a reader). */
    static Path fifoWriting(Path fifo, Path content) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
            assertEquals(0, mkfifo.waitFor(), "mkfifo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, Files.readAllBytes(content));
            } catch (IOException e) {
                // The reader went away: the test's assertions say what it read.
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
        return fifo;
    }
}
