package io.downtime.strict;

import io.downtime.clock.Estimate;
import io.downtime.run.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Source-authoritative (the review's alternative): only the source decides. It checks as the RFC's
 * source half does, and the destination must ask it before starting its CPUs: the source reads its
 * counter when the request arrives (half a round trip after {@code dst-*-vm-started}) and answers
 * abort or go. Every blackout is longer by the round trip. Promises {@code abort_limit}.
 */
public final class SourceAckPolicy implements Policy {

    SourceAckPolicy() {
    }

    @Override
    public String name() {
        return "source-ack";
    }

    @Override
    public long promisedLimitMs(Limits limits) {
        return limits.abortLimitMs();
    }

    /** The round trip this policy pays on this run. */
    public RoundTrip roundTrip(Switchover run, ReplayOptions options) {
        return options.rttMicros().isPresent() ? RoundTrip.given(options.rttMicros().getAsLong()) : run.roundTrip();
    }

    @Override
    public PreparedReplay prepare(Switchover run, ReplayOptions options) {
        if (!run.replayable()) {
            return limits -> new PolicyOutcome(Certainty.CANNOT_FIRE, Set.of());
        }
        return SourceAckPrepared.of(run, roundTrip(run, options).micros());
    }

    @Override
    public PolicyVerdict replay(Switchover run, Limits limits, ReplayOptions options) {
        if (!run.replayable()) {
            return PolicyVerdict.unreplayable(this, limits, run.unreplayable().get());
        }
        long limit = limits.abortLimitMs();
        RoundTrip roundTrip = roundTrip(run, options);
        long half = roundTrip.oneWayMicros();
        SourceAckPrepared prepared = SourceAckPrepared.of(run, roundTrip.micros());
        PolicyOutcome outcome = prepared.outcome(limits);
        long start = run.startMicros();
        List<Check> checks = new ArrayList<>();
        Optional<Firing> first = Optional.empty();
        for (HostEvent check : run.sourceChecks()) {
            PhaseSet firing = run.phases().source().where(phase -> MillisecondCounter.elapsed(start, check.micros(), phase) >= limit);
            long low = Long.MAX_VALUE;
            long high = Long.MIN_VALUE;
            for (int phase : run.phases().source().members()) {
                long reading = MillisecondCounter.elapsed(start, check.micros(), phase);
                low = Math.min(low, reading);
                high = Math.max(high, reading);
            }
            Certainty reaches = Certainty.of(high >= limit, low < limit);
            Perceived perceived = Perceived.counterMs(low, high);
            checks.add(new Check(check, run.sinceStart(check), perceived, reaches));
            if (first.isEmpty() && reaches.possible()) {
                first = Optional.of(new Firing(check, run.sinceStart(check), perceived, firing, PhaseSet.all(),
                        Consequence.RESUMES_ON_SOURCE));
            }
        }
        List<PolicyNote> notes = new ArrayList<>();
        notes.add(new PolicyNote.RoundTripTaken(roundTrip));
        if (run.guestStarted().isPresent() && run.blackout().kind() != JudgedBlackout.Kind.UNKNOWN) {
            HostEvent started = run.guestStarted().get();
            Estimate arrives = started.onSourceClock().plus(half);
            HostEvent request = new HostEvent(Role.SOURCE, CheckSite.ackRequest(), started.where(),
                    arrives.value().orElse(started.micros()), arrives);
            Estimate since = arrives.plus(-start);
            long lowElapsed = Math.max(prepared.lastCheck(), Math.max(0, since.bounds().low().orElse(0)));
            OptionalLong highElapsed = since.bounds().high();
            long low = Math.floorDiv(prepared.leastPosition() + lowElapsed, 1000);
            OptionalLong high = highElapsed.isPresent()
                    ? OptionalLong.of(Math.floorDiv(prepared.mostPosition() + Math.max(prepared.lastCheck(),
                    highElapsed.getAsLong()), 1000)) : OptionalLong.empty();
            Certainty reaches = Certainty.of(high.isEmpty() || high.getAsLong() >= limit, low < limit);
            Perceived perceived = new Perceived(low * 1000, high.isPresent() ? OptionalLong.of(high.getAsLong() * 1000)
                    : OptionalLong.empty(), true);
            checks.add(new Check(request, since, perceived, reaches));
            if (first.isEmpty() && reaches.possible()) {
                PhaseSet firing = run.phases().source().where(phase -> prepared.fires(
                        MillisecondCounter.position(start, phase), run.blackout().high().orElse(Long.MAX_VALUE / 4), limit));
                first = Optional.of(new Firing(request, since, perceived, firing, PhaseSet.all(),
                        Consequence.RESUMES_ON_SOURCE));
            }
        } else if (outcome.fired().possible() && first.isEmpty()) {
            notes.add(new PolicyNote.NeverAsked(run.blackout().low().orElse(0) + half));
        }
        List<Margin> margins = new ArrayList<>();
        if (outcome.fired() != Certainty.FIRES && !checks.isEmpty()) {
            Check last = checks.get(checks.size() - 1);
            if (last.perceived().highMicros().isPresent()) {
                margins.add(new Margin(Role.SOURCE, last.event(), limit * 1000 - last.perceived().highMicros().getAsLong(),
                        limit * 1000 - last.perceived().lowMicros(), true));
            }
        }
        List<Unseen> unseen = List.of(Unseen.of(Unseen.Stretch.ANSWER_BACK, Estimate.exactly(roundTrip.micros() - half)));
        List<Scenario> scenarios = first.isEmpty() ? List.of()
                : List.of(new Scenario(first, Optional.empty(), Scenario.Order.ONE_HOST, first.get().sourcePhases(),
                PhaseSet.all(), true));
        return new PolicyVerdict(name(), limits, promisedLimitMs(limits), outcome, first, scenarios, checks, margins,
                run.blackout().plusRoundTrip(roundTrip.micros()), unseen, Optional.empty(), notes, Optional.empty());
    }
}
