package io.downtime.trace;

import io.downtime.model.EventKind;
import io.downtime.model.LineForm;

/**
 * Many {@link FastLine}s' values in columns: what the other thread read of a large file's odd blocks, kept in its chunks
 * until the reader knows the lines' numbers and builds their events, without an object per line.
 */
final class FastLines {
    private static final int VALUES = 5;
    private final EventKind[] kinds;
    private final LineForm[] forms;
    private final long[] micros;
    private final long[] ids;
    /** hasTime, hasId and flag, one bit each. */
    private final byte[] bits;
    private final long[] values;
    private final String[] texts;

    FastLines(int capacity) {
        kinds = new EventKind[capacity];
        forms = new LineForm[capacity];
        micros = new long[capacity];
        ids = new long[capacity];
        bits = new byte[capacity];
        values = new long[capacity * VALUES];
        texts = new String[capacity];
    }

    /** Empties the first {@code rows} rows, to be stored again. */
    void clear(int rows) {
        java.util.Arrays.fill(kinds, 0, rows, null);
        java.util.Arrays.fill(texts, 0, rows, null);
    }

    /** Whether row {@code i} holds a line ({@link #store} was called for it). */
    boolean has(int i) {
        return kinds[i] != null;
    }

    void store(int i, FastLine line) {
        kinds[i] = line.kind;
        forms[i] = line.form;
        micros[i] = line.micros;
        ids[i] = line.id;
        bits[i] = (byte) ((line.hasTime ? 1 : 0) | (line.hasId ? 2 : 0) | (line.flag ? 4 : 0));
        System.arraycopy(line.values, 0, values, i * VALUES, VALUES);
        texts[i] = line.text;
    }

    void load(int i, FastLine line) {
        line.kind = kinds[i];
        line.form = forms[i];
        line.micros = micros[i];
        line.id = ids[i];
        line.hasTime = (bits[i] & 1) != 0;
        line.hasId = (bits[i] & 2) != 0;
        line.flag = (bits[i] & 4) != 0;
        System.arraycopy(values, i * VALUES, line.values, 0, VALUES);
        line.text = texts[i];
    }
}
