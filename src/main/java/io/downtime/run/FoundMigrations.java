package io.downtime.run;

import io.downtime.libvirt.LibvirtLog;

import java.util.List;

/**
 * Everything the logs hold: their runs, the migrations those make up, and what could not be placed.
 *
 * @param runs       every run of every log, in input order then file order
 * @param migrations the migrations, numbered from 1; runs without a role belong to none
 * @param notes      what was not used, and why (a log without runs, a run without role, a failed start, ...)
 * @param domainLogs the inputs that are libvirt domain logs, split into their QEMU processes, in input order
 * @param warnings   odd things about the logs as a whole (two logs joined in one file, a run repeated);
 *                   those about one run's own lines are {@link RunChecks}'
 * @param emptyLogs  the logs that hold no run at all, each also named in a note ({@link FoundNote.NoMigration})
 */
public record FoundMigrations(List<Run> runs, List<MigrationPair> migrations, List<FoundNote> notes,
                              List<LibvirtLog> domainLogs, List<InputWarning> warnings, List<String> emptyLogs) {
    public FoundMigrations {
        runs = List.copyOf(runs);
        migrations = List.copyOf(migrations);
        notes = List.copyOf(notes);
        domainLogs = List.copyOf(domainLogs);
        warnings = List.copyOf(warnings);
        emptyLogs = List.copyOf(emptyLogs);
    }
}
