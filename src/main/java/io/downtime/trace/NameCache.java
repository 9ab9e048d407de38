package io.downtime.trace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of a trace (device idstrs, checkpoints, states, commands) as Strings, decoded once each:
 * a trace repeats a few hundred names millions of times, so decoding and interning every occurrence
 * would cost more than the rest of the line. Each String is the JVM's interned copy, as the grammar's
 * names are ({@link RuleText#name}). Only ASCII names are given here. Past {@link #MAX_NAMES}
 * distinct names, further new ones are decoded every time.
 */
final class NameCache {
    static final int MAX_NAMES = 4096;
    private final ByteKeys keys = new ByteKeys();
    private final List<String> names = new ArrayList<>();

    String name(byte[] b, int from, int to) {
        int id = keys.id(b, from, to);
        if (id >= 0) {
            return names.get(id);
        }
        String name = new String(b, from, to - from, StandardCharsets.ISO_8859_1).intern();
        if (keys.size() < MAX_NAMES) {
            keys.add(b, from, to);
            names.add(name);
        }
        return name;
    }
}
