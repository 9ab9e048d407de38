package io.downtime.trace;

/**
 * The {@link FastLine}s the other thread read of a large file's odd blocks, kept in its chunks until the
 * reader knows the lines' numbers and builds their events from them where they are: one line object a
 * row, made when the row first holds a line and filled again each time the chunk is, so that the reader
 * builds the event from the row itself rather than from a copy of it.
 */
final class FastLines {
    /** Each row's line object, once made. */
    private final FastLine[] rows;
    /** The line row {@code i} holds now, or null when {@link #store} was not called for it since the chunk was filled again. */
    private final FastLine[] held;

    FastLines(int capacity) {
        rows = new FastLine[capacity];
        held = new FastLine[capacity];
    }

    /** Row {@code i}'s line, or null when it holds none ({@link #skip}). */
    FastLine at(int i) {
        return held[i];
    }

    /** Row {@code i} holds no line: its line is to be parsed by the reader. */
    void skip(int i) {
        held[i] = null;
    }

    /** Row {@code i} holds what {@code line} holds now ({@code line} is read again and keeps no value of its own). */
    void store(int i, FastLine line) {
        FastLine row = rows[i];
        if (row == null) {
            row = new FastLine();
            rows[i] = row;
        }
        // the fields copied here, not in a method of FastLine's: under C1 that was one call more a line
        row.kind = line.kind;
        row.form = line.form;
        row.micros = line.micros;
        row.hasTime = line.hasTime;
        row.id = line.id;
        row.hasId = line.hasId;
        row.text = line.text;
        row.flag = line.flag;
        // the numbers' arrays swapped rather than copied: the line's are all written again when it is read into
        long[] numbers = row.values;
        row.values = line.values;
        line.values = numbers;
        held[i] = row;
    }
}
