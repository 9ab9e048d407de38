package io.downtime.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AtomicFile}: the target is the old file or the new one, never a part of the new one. The
 * failure of a disk part way is a stream that fails after a number of bytes (the seam of
 * {@link AtomicFile#create(Path, java.util.function.UnaryOperator)}); OutputSafetyTest makes real ones.
 */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path target = Files.writeString(dir.resolve("out.txt"), "old\n");
        AtomicFile file = AtomicFile.create(target, out -> new FailingAfter(out, 100_000));
        IOException failure;
        try (file) {
            byte[] line = "0123456789abcdef\n".getBytes(StandardCharsets.US_ASCII);
            failure = assertThrows(IOException.class, () -> {
                for (int i = 0; i < 10_000; i++) {
                    file.stream().write(line);
                }
            });
            assertEquals("No space left on device", failure.getMessage());
            assertEquals(failure, file.failure().orElseThrow());
            assertThrows(IOException.class, file::commit);
        }
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("out.txt"), names());
    }

    /** A writer on top (PrintWriter) swallows the failure: commit still refuses, with the failure. */
    @Test
    void aSwallowedFailureStillStopsTheCommit() throws IOException {
        Path target = dir.resolve("new.txt");
        try (AtomicFile file = AtomicFile.create(target, out -> new FailingAfter(out, 10))) {
            java.io.PrintWriter writer = new java.io.PrintWriter(file.stream());
            writer.print("x".repeat(200_000));
            writer.flush();
            assertTrue(writer.checkError());
            IOException failure = assertThrows(IOException.class, file::commit);
            assertEquals("No space left on device", failure.getMessage());
        }
        assertEquals(List.of(), names());
    }

    @Test
    void aCommittedFileReplacesTheOldOneWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("out.txt"), "an old and longer content\n");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("new\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("an old and longer content\n", Files.readString(target), "untouched until the commit");
            file.commit();
        }
        assertEquals("new\n", Files.readString(target));
        assertEquals(List.of("out.txt"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** A disk that fills up after {@code room} bytes. */
    private static final class FailingAfter extends FilterOutputStream {
        private long room;

        FailingAfter(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }
    }
}
