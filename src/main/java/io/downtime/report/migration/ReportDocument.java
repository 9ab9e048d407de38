package io.downtime.report.migration;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.crosscheck.CrossCheckResult;
import io.downtime.crosscheck.MigrationCrossCheck;
import io.downtime.run.FoundMigrations;
import io.downtime.run.MigrationPair;
import io.downtime.trace.LineAccounting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one {@code analyzer report} prints.
 *
 * @param accounting where every line of every input went, by input name
 * @param found      the runs and migrations the logs hold
 * @param analyses   the migrations reported (all, or the one {@code --run} picked)
 * @param problems   inputs that could not be used, one sentence each
 * @param top        how many non-iterable devices to list before summing the rest
 * @param crossChecks QEMU's and libvirt's own reports, and their comparison with the migration they describe
 */
public record ReportDocument(Map<String, LineAccounting> accounting, FoundMigrations found,
                             List<MigrationAnalysis> analyses, List<String> problems, int top,
                             CrossCheckResult crossChecks) {
    public ReportDocument {
        accounting = Collections.unmodifiableMap(new LinkedHashMap<>(accounting));
        analyses = List.copyOf(analyses);
        problems = List.copyOf(problems);
    }

    /** A report without cross-checks. */
    public ReportDocument(Map<String, LineAccounting> accounting, FoundMigrations found,
                          List<MigrationAnalysis> analyses, List<String> problems, int top) {
        this(accounting, found, analyses, problems, top, CrossCheckResult.none());
    }

    /** The cross-checks of migration {@code index}, if the reports describe it. */
    public Optional<MigrationCrossCheck> crossChecksOf(int index) {
        return crossChecks.checked().filter(checks -> checks.migration() == index);
    }

    /**
     * True when the logs of this migration hold {@code multifd_*} trace events: multifd channels were
     * used. The switchover's own events do not show it, so without such events nothing is claimed.
     */
    public boolean multifdSeen(MigrationPair pair) {
        return Stream.of(pair.source(), pair.destination())
                .flatMap(Optional::stream)
                .map(run -> accounting.get(run.id().input()))
                .filter(Objects::nonNull)
                .anyMatch(lines -> lines.otherEventNames().keySet().stream().anyMatch(name -> name.startsWith("multifd_")));
    }
}
