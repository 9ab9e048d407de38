package io.downtime.runset;

import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every migration found under the paths of a run set.
 *
 * @param cases      the cases searched, in order
 * @param runs       their migrations, case by case
 * @param accounting where every line of every input went, by input name
 * @param notes      what was found but not used (a directory not read, a run without a role, ...)
 * @param problems   inputs that could not be used (missing, unreadable, no migration), migrations refused
 * @param files      every file found to read, case by case (logs, QEMU's stderr), whether or not it could be
 */
public record RunSet(List<CaseInput> cases, List<SetMigration> runs, Map<String, LineAccounting> accounting,
                     List<CaseNote> notes, List<CaseProblem> problems, List<TraceInput> files) {
    public RunSet {
        files = List.copyOf(files);
        cases = List.copyOf(cases);
        runs = List.copyOf(runs);
        accounting = Collections.unmodifiableMap(new LinkedHashMap<>(accounting));
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    public List<RunFigures> figures() {
        return runs.stream().map(SetMigration::figures).toList();
    }

    /** True when every input could be used and every line of it was read and understood or accounted for. */
    public boolean clean() {
        return problems.isEmpty() && accounting.values().stream().allMatch(LineAccounting::clean);
    }

    /**
     * The migrations with the shortest and the longest known blackout, by its estimate (the bound when the clocks
     * are aligned one-sided), the first in the set's order on a tie (docs/compare.md); empty when no blackout is known.
     */
    public Optional<BlackoutRange> blackoutRange() {
        List<SetMigration> known = runs.stream().filter(run -> key(run).isPresent()).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Comparator<SetMigration> byBlackout = Comparator.comparingLong(run -> key(run).getAsLong());
        return Optional.of(new BlackoutRange(known.stream().min(byBlackout).orElseThrow(),
                known.stream().reduce((a, b) -> byBlackout.compare(b, a) > 0 ? b : a).orElseThrow(), known.size()));
    }

    private static OptionalLong key(SetMigration run) {
        return run.figures().blackout().map(blackout -> blackout.value().isPresent() ? blackout.value()
                : blackout.bounds().low().isPresent() ? blackout.bounds().low() : blackout.bounds().high())
                .orElse(OptionalLong.empty());
    }

    /**
     * @param shortest the migration with the shortest known blackout
     * @param longest  the migration with the longest
     * @param known    how many migrations have a known blackout
     */
    public record BlackoutRange(SetMigration shortest, SetMigration longest, int known) {
    }

    /** Lines rejected across all inputs. */
    public long rejectedLines() {
        return accounting.values().stream().mapToLong(LineAccounting::rejected).sum();
    }
}
