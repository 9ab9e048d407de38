package io.downtime.report.migration;

import io.downtime.libvirt.LibvirtLog;
import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.QemuMessage;
import io.downtime.run.FoundMigrations;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One QEMU process of a libvirt domain log, and what it was in the migrations found: a failed start,
 * the receiving or sending side of numbered migrations, or none of them.
 *
 * @param log     the domain log's name as given
 * @param process the process
 * @param what    {@code failed start: <QEMU's first message>}, {@code received migration 1, sent migration 2},
 *                {@code no migration}
 */
record ProcessSummary(String log, QemuLifetime process, String what) {

    /** Every process of every domain log, in input then file order. */
    static List<ProcessSummary> of(FoundMigrations found) {
        // The migrations of every process at once: asking for each process's would take processes × migrations.
        Map<String, Map<Integer, List<MigrationPair>>> byProcess = new HashMap<>();
        for (MigrationPair pair : found.migrations()) {
            pair.runs().stream().filter(run -> run.lifetime().isPresent())
                    .map(run -> Map.entry(run.id().input(), run.lifetime().get().number())).distinct()
                    .forEach(process -> byProcess.computeIfAbsent(process.getKey(), log -> new HashMap<>())
                            .computeIfAbsent(process.getValue(), number -> new ArrayList<>()).add(pair));
        }
        List<ProcessSummary> summaries = new ArrayList<>();
        for (LibvirtLog log : found.domainLogs()) {
            for (QemuLifetime process : log.lifetimes()) {
                List<MigrationPair> migrations = byProcess.getOrDefault(log.input(), Map.of())
                        .getOrDefault(process.number(), List.of());
                summaries.add(new ProcessSummary(log.input(), process, what(migrations, log.input(), process)));
            }
        }
        return List.copyOf(summaries);
    }

    private static String what(List<MigrationPair> migrations, String log, QemuLifetime process) {
        if (process.failedStart()) {
            return "failed start" + process.qemuMessages().stream().findFirst().map(QemuMessage::text)
                    .map(text -> ": " + text).orElse("");
        }
        List<String> parts = new ArrayList<>();
        for (MigrationPair pair : migrations) {
            boolean sent = pair.source().filter(run -> ofProcess(run, log, process)).isPresent();
            parts.add((sent ? "sent" : "received") + " migration " + pair.index());
        }
        return parts.isEmpty() ? "no migration" : String.join(", ", parts);
    }

    private static boolean ofProcess(Run run, String log, QemuLifetime process) {
        return run.id().input().equals(log)
                && run.lifetime().map(QemuLifetime::number).equals(Optional.of(process.number()));
    }
}
