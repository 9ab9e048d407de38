package io.downtime.trace;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Why an input could not be opened, in words for a {@code file: cannot open: reason} line. */
public final class UnreadableInput {
    private UnreadableInput() {
    }

    public static String reason(IOException e) {
        // Opening reads a gzip file's header: a file that ends or breaks inside it fails here.
        if (e instanceof EOFException) {
            return "the file ends inside its gzip header (cut short)";
        }
        if (e instanceof ZipException) {
            return "damaged gzip header: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
