package io.downtime.run;

import io.downtime.libvirt.LibvirtLog;
import io.downtime.libvirt.QemuLifetime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One QEMU process of a libvirt domain log, joined to the migrations found: the ones it sent and the ones
 * it received (none for a failed start, or a process that never migrated).
 *
 * @param log        the domain log's name as given
 * @param process    the process
 * @param migrations the migrations it took part in, in the order they were found
 */
public record DomainProcess(String log, QemuLifetime process, List<Part> migrations) {

    public DomainProcess {
        migrations = List.copyOf(migrations);
    }

    /**
     * @param migration the migration's number ({@link MigrationPair#index()})
     * @param sent      true when the process was its source, false its destination
     */
    public record Part(int migration, boolean sent) {
    }

    /** Every process of every domain log, in input then file order. */
    public static List<DomainProcess> of(FoundMigrations found) {
        // The migrations of every process at once: asking for each process's would take processes × migrations.
        Map<String, Map<Integer, List<MigrationPair>>> byProcess = new HashMap<>();
        for (MigrationPair pair : found.migrations()) {
            pair.runs().stream().filter(run -> run.lifetime().isPresent())
                    .map(run -> Map.entry(run.id().input(), run.lifetime().get().number())).distinct()
                    .forEach(process -> byProcess.computeIfAbsent(process.getKey(), log -> new HashMap<>())
                            .computeIfAbsent(process.getValue(), number -> new ArrayList<>()).add(pair));
        }
        List<DomainProcess> processes = new ArrayList<>();
        for (LibvirtLog log : found.domainLogs()) {
            for (QemuLifetime process : log.lifetimes()) {
                List<Part> parts = new ArrayList<>();
                for (MigrationPair pair : byProcess.getOrDefault(log.input(), Map.of())
                        .getOrDefault(process.number(), List.of())) {
                    boolean sent = pair.source().filter(run -> ofProcess(run, log.input(), process)).isPresent();
                    parts.add(new Part(pair.index(), sent));
                }
                processes.add(new DomainProcess(log.input(), process, parts));
            }
        }
        return List.copyOf(processes);
    }

    private static boolean ofProcess(Run run, String log, QemuLifetime process) {
        return run.id().input().equals(log)
                && run.lifetime().map(QemuLifetime::number).equals(Optional.of(process.number()));
    }
}
