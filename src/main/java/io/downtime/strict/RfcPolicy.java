package io.downtime.strict;

import io.downtime.clock.Estimate;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationMode;
import io.downtime.run.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The RFC as written (patch 1/2 on the source, 2/2 on the destination). The source starts its timer at
 * {@code src-downtime-start} and, after {@code src-vm-stopped} and after every save, aborts when
 * {@code now - start >= abort_limit}. After the iterable sections it sends its downtime so far; the
 * destination starts its own timer when it reads that and, after every later load, aborts when
 * {@code source_downtime + (now - receipt) >= abort_limit}. All in whole milliseconds of each host's
 * counter. Promises {@code abort_limit}.
 */
public final class RfcPolicy implements Policy {

    RfcPolicy() {
    }

    @Override
    public String name() {
        return "rfc";
    }

    @Override
    public long promisedLimitMs(Limits limits) {
        return limits.abortLimitMs();
    }

    @Override
    public PreparedReplay prepare(Switchover run, ReplayOptions options) {
        if (!run.replayable()) {
            return limits -> new PolicyOutcome(Certainty.CANNOT_FIRE, Set.of());
        }
        return RfcPrepared.of(run);
    }

    @Override
    public PolicyVerdict replay(Switchover run, Limits limits, ReplayOptions options) {
        if (!run.replayable()) {
            return PolicyVerdict.unreplayable(this, limits, run.unreplayable().get());
        }
        boolean assumed = false;
        if (run.recorded().abortLimitMs().isEmpty() && run.recorded().downtimeLimitMs().isPresent()
                && run.recorded().downtimeLimitMs().getAsLong() == limits.downtimeLimitMs()) {
            Switchover narrowed = run.assumingAbortLimit(limits.abortLimitMs());
            assumed = !narrowed.phases().equals(run.phases());
            run = narrowed;
        }
        RfcScenarios scenarios = RfcScenarios.of(run, limits.abortLimitMs());
        PolicyOutcome outcome = prepare(run, options).outcome(limits);
        List<PolicyNote> notes = new ArrayList<>();
        if (run.send().isEmpty()) {
            notes.add(new PolicyNote.NeverSent());
        } else if (run.migration().pair().destination().isEmpty()) {
            notes.add(new PolicyNote.NoDestination());
        }
        if (run.mode() == MigrationMode.POSTCOPY) {
            notes.add(new PolicyNote.PostcopyAsPrecopy());
        }
        afterGuestStart(run).ifPresent(notes::add);
        if (assumed) {
            notes.add(new PolicyNote.AssumedAbortLimit(limits.abortLimitMs(), run.phases().source()));
        }
        return new PolicyVerdict(name(), limits, promisedLimitMs(limits), outcome, scenarios.earliest(),
                scenarios.scenarios(), scenarios.checks(), margins(run, scenarios, outcome, limits.abortLimitMs()),
                run.blackout(), unseen(run), RfcRecord.compare(run, limits, scenarios), notes, Optional.empty());
    }

    private static List<Margin> margins(Switchover run, RfcScenarios scenarios, PolicyOutcome outcome, long limit) {
        if (outcome.fired() == Certainty.FIRES) {
            return List.of();
        }
        List<Margin> margins = new ArrayList<>();
        for (Role host : Role.values()) {
            // Only a check that stays below the limit for every phase leaves a margin.
            scenarios.lastCheck(host).filter(check -> check.perceived().highMicros().orElseThrow() < limit * 1000)
                    .ifPresent(check -> margins.add(new Margin(host, check.event(),
                            limit * 1000 - check.perceived().highMicros().orElseThrow(),
                            limit * 1000 - check.perceived().lowMicros(), true)));
        }
        return margins;
    }

    /**
     * The time no check of the RFC covers: the message's way from the send to the destination's read
     * (the destination adds only the source's downtime at the send), and the destination's work after
     * its last check until the guest starts.
     */
    static List<Unseen> unseen(Switchover run) {
        List<Unseen> unseen = new ArrayList<>();
        if (run.send().isPresent() && run.receipt().isPresent()) {
            unseen.add(Unseen.of(Unseen.Stretch.SEND_TO_READ,
                    run.migration().between(Role.SOURCE, run.send().get().micros(), Role.DESTINATION,
                            run.receipt().get().micros()).caused()));
        }
        if (run.guestStarted().isPresent()) {
            long started = run.guestStarted().get().micros();
            Optional<HostEvent> lastBeforeStart = run.destinationChecks().stream()
                    .filter(check -> check.micros() <= started).reduce((a, b) -> b);
            long from = lastBeforeStart.map(HostEvent::micros)
                    .orElse(run.receipt().map(MessageReceipt::micros).orElse(started));
            if (run.receipt().isPresent()) {
                Optional<HostEvent> completed = run.loadCompleted().filter(c -> c.micros() >= from && c.micros() <= started);
                if (completed.isPresent()) {
                    unseen.add(Unseen.of(Unseen.Stretch.LAST_CHECK_TO_LOAD_COMPLETED,
                            Estimate.exactly(completed.get().micros() - from)));
                    unseen.add(Unseen.untilGuestStarted(Unseen.Stretch.LOAD_COMPLETED_TO_GUEST_START,
                            run.guestStarted().get().site().name(), Estimate.exactly(started - completed.get().micros())));
                } else {
                    unseen.add(Unseen.untilGuestStarted(Unseen.Stretch.LAST_CHECK_TO_GUEST_START,
                            run.guestStarted().get().site().name(), Estimate.exactly(started - from)));
                }
            }
        }
        return unseen;
    }

    private static Optional<PolicyNote> afterGuestStart(Switchover run) {
        if (run.guestStarted().isEmpty()) {
            return Optional.empty();
        }
        long started = run.guestStarted().get().micros();
        List<HostEvent> late = run.destinationChecks().stream().filter(check -> check.micros() > started).toList();
        if (late.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PolicyNote.ChecksAfterGuestStart(late.size(),
                CheckpointCatalogue.canonical(run.guestStarted().get().site().name()), late.get(0)));
    }
}
