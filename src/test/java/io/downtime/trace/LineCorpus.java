package io.downtime.trace;

import io.downtime.grammar.TraceLineLexer;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.antlr.v4.runtime.Vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lines for the differential tests of the reader's fast paths against the grammar: every line of
 * every sample in every line form, damaged variants of each line shape, and the grammar's own
 * literals where an event name stands.
 */
final class LineCorpus {
    /** The stamps of the four line forms, for lines made up here. */
    static final List<String> STAMPS = List.of("5799@1795654067.123456:", "5799@1795654067123456000 ",
            "2025-07-21T18:43:28.089797Z ", "");

    private LineCorpus() {
    }

    /** Every line of every sample log and stderr file, as recorded, in the ISO and SystemTap forms, and unstamped. */
    static List<String> real() {
        List<String> real = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SampleTraces.root())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".log") || p.toString().endsWith(".stderr")).sorted().toList()) {
                String text = TraceForms.readString(file);
                real.addAll(text.lines().toList());
                real.addAll(TraceForms.toIso(text).lines().toList());
                real.addAll(TraceForms.toSystemTap(text).lines().toList());
                real.addAll(text.lines().map(line -> line.replaceFirst("^\\d+@\\d+\\.\\d+:", "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(new LinkedHashSet<>(real));
    }

    /**
     * Damaged variants of every line shape (a shape: the line with its digits as 0; a full trace repeats
     * a few shapes with other numbers): cut, a character dropped, a character inserted, four times each.
     */
    static List<String> damaged(List<String> real, long seed) {
        Random random = new Random(seed);
        String alphabet = "0123456789@.:_- =/abzAZ()\t";
        Set<String> shapes = new HashSet<>();
        List<String> damaged = new ArrayList<>();
        for (String line : real) {
            if (!shapes.add(line.replaceAll("[0-9]", "0"))) {
                continue;
            }
            for (int k = 0; k < 4; k++) {
                int at = line.isEmpty() ? 0 : random.nextInt(line.length());
                damaged.add(line.substring(0, at));
                damaged.add(line.substring(0, at) + line.substring(Math.min(line.length(), at + 1)));
                damaged.add(line.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + line.substring(at));
            }
        }
        return damaged;
    }

    /** Every literal of the grammar's lexer ({@code 'bandwidth'}, {@code 'new state'} ...), without its quotes. */
    static List<String> literals() {
        Vocabulary vocabulary = TraceLineLexer.VOCABULARY;
        List<String> literals = new ArrayList<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String quoted = vocabulary.getLiteralName(type);
            if (quoted != null) {
                literals.add(quoted.substring(1, quoted.length() - 1));
            }
        }
        return literals;
    }
}
