package io.downtime.run;

import java.util.List;

/**
 * Everything the logs hold: their runs, the migrations those make up, and what could not be placed.
 *
 * @param runs       every run of every log, in input order then file order
 * @param migrations the migrations, numbered from 1; runs without a role belong to none
 * @param notes      sentences about what was not used (a log without runs, a run without role, ...)
 */
public record FoundMigrations(List<Run> runs, List<MigrationPair> migrations, List<String> notes) {
    public FoundMigrations {
        runs = List.copyOf(runs);
        migrations = List.copyOf(migrations);
        notes = List.copyOf(notes);
    }
}
