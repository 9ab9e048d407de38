package io.downtime.run;

import io.downtime.trace.TraceInput;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a log file ends without a line end. QEMU ends every line it writes with one, so a file that
 * does not was cut while being written (a full disk, a copy taken mid-write). Known for plain files
 * only: a gzip file or standard input cannot be read again, and is taken as complete.
 */
final class FinalLineEnd {
    private FinalLineEnd() {
    }

    static boolean missing(TraceInput input) {
        if (input.path().isEmpty() || !Files.isRegularFile(input.path().get())) {
            return false;
        }
        Path path = input.path().get();
        try (FileChannel channel = FileChannel.open(path)) {
            long size = channel.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer first = ByteBuffer.allocate(2);
            channel.read(first, 0);
            if (first.position() == 2 && (first.get(0) & 0xff) == 0x1f && (first.get(1) & 0xff) == 0x8b) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) != '\n';
        } catch (IOException e) {
            // It was just read to its end; if it cannot be read again, say nothing rather than guess.
            return false;
        }
    }
}
