package io.downtime.model;

/** Where something came from: an input's display name and a 1-based line number. */
public record LineRef(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
