package io.downtime.report;

import io.downtime.model.LineRef;
import io.downtime.trace.FileNames;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shorter input names for the text report: each input by its file name when no two inputs share
 * one. The header lists the full names once; tables and sentences then stay readable.
 */
public final class DisplayNames {
    private final Map<String, String> shortNames = new LinkedHashMap<>();

    public DisplayNames(Collection<String> inputs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String input : inputs) {
            counts.merge(FileNames.lastOf(input), 1L, Long::sum);
        }
        // Longest names first, so that one name being a prefix of another cannot break a replacement.
        List<String> ordered = inputs.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String input : ordered) {
            String name = FileNames.lastOf(input);
            shortNames.put(input, counts.get(name) == 1 ? name : input);
        }
    }

    public String of(String input) {
        return shortNames.getOrDefault(input, input);
    }

    public String of(LineRef where) {
        return of(where.file()) + ":" + where.line();
    }

    /** A sentence of this tool with every input name in it shortened. */
    public String in(String sentence) {
        String result = sentence;
        for (Map.Entry<String, String> name : shortNames.entrySet()) {
            if (!name.getKey().equals(name.getValue())) {
                result = result.replace(name.getKey(), name.getValue());
            }
        }
        return result;
    }
}
