package io.downtime.report.words;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.run.MigrationPair;
import io.downtime.strict.Limits;
import io.downtime.strict.NotReplayed;
import io.downtime.strict.Policies;
import io.downtime.strict.PolicyOutcome;
import io.downtime.strict.StrictReplay;
import io.downtime.strict.Switchover;
import io.downtime.strict.Unreplayable;
import io.downtime.strict.VerdictClass;
import io.downtime.strict.Certainty;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Why a run cannot be replayed, on the real samples that cannot be, in the words replay, sweep and gate print. */
class ReplayWordsTest {

    private static Optional<String> why(MigrationPair pair) {
        return Switchover.of(AlignedMigration.align(pair, AlignmentOptions.automatic())).unreplayable()
                .map(ReplayWords::unreplayable);
    }

    /** precopy-no-timestamps: its lines have no pid@time prefix (QEMU ran with -msg timestamp=off). */
    @Test
    void linesWithoutTimestamps() {
        assertEquals(Optional.of("the trace lines carry no timestamps (QEMU ran with -msg timestamp=off): the checks'"
                + " times cannot be known"), why(SampleMigrations.only("precopy-no-timestamps")));
    }

    /** precopy-q35-small's dst.log read alone: the timers start at the source's src-downtime-start, not there. */
    @Test
    void theDestinationAlone() {
        MigrationPair destinationOnly = SampleMigrations.found(List.of(SampleMigrations.path("precopy-q35-small/dst.log")))
                .migrations().get(0);
        assertEquals(Optional.of("no source run: every policy's timer starts on the source"), why(destinationOnly));
    }

    /** cancelled-in-precopy: src.log goes setup, active, cancelling, cancelled, with no src-downtime-start. */
    @Test
    void aMigrationCancelledBeforeTheSwitchover() {
        assertEquals(Optional.of("the source never stopped the guest (no src-downtime-start)"),
                why(SampleMigrations.only("cancelled-in-precopy")));
    }

    /** A timed source that stopped the guest is replayable: precopy-q35-small has both hosts and src-downtime-start. */
    @Test
    void aCompleteMigrationIsReplayed() {
        assertEquals(Optional.empty(), why(SampleMigrations.only("precopy-q35-small")));
    }

    @Test
    void aSweepsMigrationIsNamedBeforeItsReason() {
        assertEquals("run-7: no source run: every policy's timer starts on the source",
                ReplayWords.notReplayed(new NotReplayed("run-7", Unreplayable.NO_SOURCE)));
    }

    /**
     * strict-completed-300-10 under total at 20 ms: the blackout lies between 17.420 and 21.647 ms (OtherPoliciesTest),
     * so total may fire or not, and fires exactly when the blackout exceeds 20 ms: the two classes, in the enum's order.
     */
    @Test
    void theClassesAnUndecidedReplayLeaves() {
        PolicyOutcome outcome = StrictReplay.replay(AlignedMigration.align(SampleMigrations.only("strict-completed-300-10"),
                AlignmentOptions.automatic()), Policies.TOTAL, new Limits(20, 0)).outcome();
        assertEquals("fired rightly or rightly silent", ReplayWords.classes(outcome));
    }

    /** Every class in time is possible: "any class"; with a firing after the guest started, also that. */
    @Test
    void everyClassIsAnyClass() {
        Set<VerdictClass> inTime = Set.of(VerdictClass.FIRED_RIGHTLY, VerdictClass.FIRED_NEEDLESSLY,
                VerdictClass.MISSED_VIOLATION, VerdictClass.RIGHTLY_SILENT);
        assertEquals("any class", ReplayWords.classes(new PolicyOutcome(Certainty.MAY_FIRE, inTime)));
        Set<VerdictClass> all = Set.of(VerdictClass.values());
        assertEquals("any class, or would lose the guest", ReplayWords.classes(new PolicyOutcome(Certainty.MAY_FIRE, all)));
        assertEquals("unknown", ReplayWords.classes(new PolicyOutcome(Certainty.MAY_FIRE, Set.of())));
    }
}
