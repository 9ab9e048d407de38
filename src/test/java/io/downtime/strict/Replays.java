package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.testing.SampleMigrations;

/** Real sample cases, aligned as {@code analyzer replay} aligns them. */
final class Replays {
    private Replays() {
    }

    static AlignedMigration aligned(String sample) {
        return AlignedMigration.align(SampleMigrations.only(sample), AlignmentOptions.automatic());
    }

    static Switchover switchover(String sample) {
        return Switchover.of(aligned(sample));
    }

    static PolicyVerdict replay(String sample, Policy policy, long downtimeLimit, long switchoverLimit) {
        return StrictReplay.replay(aligned(sample), policy, new Limits(downtimeLimit, switchoverLimit));
    }
}
