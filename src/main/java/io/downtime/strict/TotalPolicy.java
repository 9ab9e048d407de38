package io.downtime.strict;

import io.downtime.clock.Estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The total budget: {@code downtime-limit} alone bounds the whole blackout, enforced with perfect
 * knowledge of the true elapsed time at every event of either host (the best any enforcement could
 * do). It fires exactly when the blackout exceeds the limit, at the first event past it.
 */
public final class TotalPolicy implements Policy {

    TotalPolicy() {
    }

    @Override
    public String name() {
        return "total";
    }

    @Override
    public long promisedLimitMs(Limits limits) {
        return limits.downtimeLimitMs();
    }

    @Override
    public PreparedReplay prepare(Switchover run, ReplayOptions options) {
        return new TotalPrepared(run.blackout());
    }

    @Override
    public PolicyVerdict replay(Switchover run, Limits limits, ReplayOptions options) {
        if (!run.replayable()) {
            return PolicyVerdict.unreplayable(this, limits, run.unreplayable().get());
        }
        long limit = limits.downtimeLimitMs() * 1000;
        PolicyOutcome outcome = prepare(run, options).outcome(limits);
        List<Check> checks = new ArrayList<>();
        Optional<Firing> first = Optional.empty();
        Optional<Firing> earliest = Optional.empty();
        HostEvent before = run.start().orElseThrow();
        List<PolicyNote> notes = new ArrayList<>();
        for (HostEvent event : run.events()) {
            Estimate since = run.sinceStart(event);
            long low = Math.max(0, since.bounds().low().orElse(0));
            OptionalLong high = since.bounds().high();
            Certainty reaches = Certainty.of(high.isEmpty() || high.getAsLong() > limit, low <= limit);
            Perceived perceived = new Perceived(low, high, false);
            checks.add(new Check(event, since, perceived, reaches));
            if (earliest.isEmpty() && reaches.possible()) {
                earliest = Optional.of(new Firing(event, since, perceived, PhaseSet.all(), PhaseSet.all(),
                        Consequence.RESUMES_ON_SOURCE));
            }
            if (first.isEmpty() && reaches == Certainty.FIRES) {
                first = Optional.of(new Firing(event, since, perceived, PhaseSet.all(), PhaseSet.all(),
                        Consequence.RESUMES_ON_SOURCE));
                notes.add(new PolicyNote.LimitRanOut(limit, before, event));
            }
            if (first.isEmpty() && reaches == Certainty.CANNOT_FIRE) {
                before = event;
            }
        }
        if (earliest.isPresent() && !earliest.equals(first)) {
            notes.add(new PolicyNote.MayFireEarlier(earliest.get().at()));
        }
        if (first.isEmpty()) {
            first = earliest;
        }
        if (first.isEmpty() && outcome.fired().possible()) {
            notes.add(new PolicyNote.NoEventPastLimit());
        }
        List<Margin> margins = new ArrayList<>();
        if (outcome.fired() != Certainty.FIRES && run.blackout().high().isPresent() && !checks.isEmpty()) {
            Check last = checks.get(checks.size() - 1);
            margins.add(new Margin(last.event().host(), last.event(), limit - run.blackout().high().getAsLong(),
                    limit - run.blackout().low().orElse(0), false));
        }
        List<Scenario> scenarios = first.isEmpty() ? List.of()
                : List.of(new Scenario(first, Optional.empty(), Scenario.Order.ONE_HOST, PhaseSet.all(), PhaseSet.all(), true));
        return new PolicyVerdict(name(), limits, promisedLimitMs(limits), outcome, first, scenarios, checks, margins,
                run.blackout(), List.of(), Optional.empty(), notes, Optional.empty());
    }
}
