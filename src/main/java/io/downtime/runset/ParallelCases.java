package io.downtime.runset;

import io.downtime.trace.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads the cases of a run set on every core, and hands out what each gave, diagnostics included, in
 * case order: the output of a run-set command is the same however the cases were scheduled. Only
 * one case's diagnostics at a time are held back, with the cases read ahead of the one being handed out.
 */
final class ParallelCases {
    private record Outcome<T>(T result, List<Diagnostic> said) {
    }

    private ParallelCases() {
    }

    /**
     * @param reader reads one case, saying its diagnostics to the consumer it is given
     * @return what {@code reader} returned for each case, in case order
     */
    static <T> List<T> read(List<CaseInput> cases, BiFunction<CaseInput, Consumer<Diagnostic>, T> reader,
                            Consumer<Diagnostic> diagnostics) {
        List<T> results = new ArrayList<>(cases.size());
        cases.parallelStream()
                .map(input -> {
                    List<Diagnostic> said = new ArrayList<>();
                    return new Outcome<>(reader.apply(input, said::add), said);
                })
                .forEachOrdered(outcome -> {
                    outcome.said().forEach(diagnostics);
                    results.add(outcome.result());
                });
        return results;
    }
}
