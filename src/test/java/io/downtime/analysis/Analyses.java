package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.testing.SampleMigrations;

/** The analysis of a real sample case, with automatic clock alignment. */
final class Analyses {
    private Analyses() {
    }

    static MigrationAnalysis of(String name) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(name), AlignmentOptions.automatic()));
    }
}
