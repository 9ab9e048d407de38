package io.downtime.report.migration;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.testing.SampleMigrations;

import java.util.Optional;

/** A sample's analysis as {@code analyzer report} makes it with no limit given, for the why section's words tests. */
final class WhySamples {
    private WhySamples() {
    }

    static MigrationAnalysis analysis(String sample) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(sample), AlignmentOptions.automatic()),
                Optional.empty());
    }
}
