package io.downtime.testing;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;

import java.util.List;

/** The analysis of real sample migrations, with automatic clock alignment, as {@code analyzer report} makes it. */
public final class SampleAnalyses {
    private SampleAnalyses() {
    }

    /** The one migration of {@code sample-traces/<name>}. */
    public static MigrationAnalysis of(String name) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(name), AlignmentOptions.automatic()));
    }

    /** The first migration found in these logs (paths as given). */
    public static MigrationAnalysis first(List<String> paths) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.found(paths).migrations().get(0),
                AlignmentOptions.automatic()));
    }
}
