package io.downtime.outcome;

import io.downtime.clock.Interval;
import io.downtime.model.LineRef;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How one migration ended, what happened to the guest, and why: a fact of the runs' states, threads,
 * checkpoints and QEMU's messages, with the lines that show it. report/ turns it into words (one line of
 * the text report, JSON {@code outcome}); docs/postmortem.md defines every value.
 *
 * @param result          how it ended
 * @param endedIn         the phase it ended in; empty when it completed
 * @param guestStopped    what happened to the guest
 * @param cause           why it ended; empty when it completed
 * @param unfinished      hosts whose run ends without a terminal state (killed, crashed, log cut)
 * @param intoPhase       how long after its phase began it ended (µs, on the source's clock: from {@code setup},
 *                        {@code active}, {@code src-downtime-start} or {@code postcopy-active} to the source's
 *                        {@code cancelling} or {@code failed}); empty when unknown or when it completed
 * @param stoppedOnSource for {@link GuestStopped#RESUMED_ON_SOURCE}: how long the guest was stopped before QEMU
 *                        resumed it (µs, from {@code src-downtime-start}: at least until {@code failed} or
 *                        {@code cancelling}, at most until {@code cancelled}, which QEMU enters after resuming it)
 * @param evidence        the lines that show it, in the order of the inputs
 */
public record MigrationOutcome(MigrationResult result, Optional<EndedIn> endedIn, GuestStopped guestStopped,
                               Optional<Cause> cause, List<UnfinishedRun> unfinished, OptionalLong intoPhase,
                               Optional<Interval> stoppedOnSource, List<LineRef> evidence) {

    public MigrationOutcome {
        unfinished = List.copyOf(unfinished);
        evidence = List.copyOf(evidence);
    }

    /** The values without the evidence. */
    public OutcomeKind kind() {
        return new OutcomeKind(result, endedIn, guestStopped);
    }

    /** The migration completed: the guest runs on the destination. */
    public boolean completed() {
        return result == MigrationResult.COMPLETED;
    }
}
