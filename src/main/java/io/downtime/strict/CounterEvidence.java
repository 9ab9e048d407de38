package io.downtime.strict;

import io.downtime.model.DestinationAbort;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.model.LineRef;
import io.downtime.run.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntToLongFunction;
import java.util.function.LongPredicate;

/**
 * Narrows the counter phases with what a run recorded of the RFC. Every recorded value is a reading
 * of a host's millisecond counter, and every check that did not fire read less than the abort limit:
 * each is a fact about the phase, whatever limits are replayed later. Observations are applied in time
 * order; one that no remaining phase reproduces is the first difference between record and replay and
 * narrows nothing.
 */
final class CounterEvidence {
    private CounterEvidence() {
    }

    /**
     * @param value    the counter reading the replay gives for a phase
     * @param holds    whether the recorded fact holds for that reading
     * @param recorded what the trace recorded
     */
    private record Observation(long order, LineRef where, IntToLongFunction value, LongPredicate holds,
                               RecordedObservation recorded) {
        Role host() {
            return recorded.host();
        }
    }

    static CounterPhases derive(long start, List<HostEvent> sourceChecks, Optional<MessageSend> send,
                                Optional<MessageReceipt> receipt, List<HostEvent> destinationChecks,
                                RecordedStrict recorded) {
        return derive(start, sourceChecks, send, receipt, destinationChecks, recorded, OptionalLong.empty());
    }

    /**
     * @param assumedAbortLimit the abort limit to take when the trace holds none (a source that fired before
     *                          sending it): only when the replay is told the run was recorded with it
     */
    static CounterPhases derive(long start, List<HostEvent> sourceChecks, Optional<MessageSend> send,
                                Optional<MessageReceipt> receipt, List<HostEvent> destinationChecks,
                                RecordedStrict recorded, OptionalLong assumedAbortLimit) {
        if (!recorded.any()) {
            return CounterPhases.unconstrained();
        }
        OptionalLong limit = recorded.abortLimitMs().isPresent() ? recorded.abortLimitMs() : assumedAbortLimit;
        List<Observation> observations = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();

        if (send.isPresent() && send.get().recordedDowntimeMs().isPresent()) {
            long sent = send.get().recordedDowntimeMs().getAsLong();
            long at = send.get().micros();
            observations.add(new Observation(at, send.get().where(),
                    phase -> MillisecondCounter.elapsed(start, at, phase), reading -> reading == sent,
                    new RecordedObservation.SourceDowntimeSent(sent)));
        }
        int sourceFiring = recorded.sourceFiringIndex(sourceChecks);
        int sourceMayHaveFired = recorded.sourceMayHaveFiredIndex(sourceChecks);
        for (int i = 0; i < sourceChecks.size(); i++) {
            HostEvent check = sourceChecks.get(i);
            long at = check.micros();
            IntToLongFunction value = phase -> MillisecondCounter.elapsed(start, at, phase);
            if (i == sourceMayHaveFired) {
                // A cancel right after it, by a user or by the RFC: whether it fired is not known, so it says nothing.
                continue;
            }
            if (i == sourceFiring && recorded.sourceExceeded().isEmpty()) {
                // The migration thread cancelled right after this check: it fired, at a reading the trace does not give.
                if (limit.isPresent()) {
                    long abortLimit = limit.getAsLong();
                    observations.add(new Observation(at, check.where(), value, reading -> reading >= abortLimit,
                            new RecordedObservation.SourceCancelledAfter(check.site(),
                                    recorded.sourceCancel().get().cancelling().header().where(), abortLimit)));
                }
            } else if (i == sourceFiring) {
                DowntimeLimitExceeded exceeded = recorded.sourceExceeded().get();
                RecordedObservation.SourceExceeded fired = new RecordedObservation.SourceExceeded(check.site(),
                        exceeded.downtimeLimitMs(), exceeded.exceededByMs(), exceeded.header().where());
                long read = fired.readingMs();
                observations.add(new Observation(at, check.where(), value, reading -> reading == read, fired));
            } else if (limit.isPresent()) {
                long abortLimit = limit.getAsLong();
                observations.add(new Observation(at, check.where(), value, reading -> reading < abortLimit,
                        new RecordedObservation.SourceDidNotFire(check.site(), abortLimit)));
            }
        }

        OptionalLong sourceDowntime = recorded.destinationsSourceDowntimeMs();
        if (recorded.sent().isPresent() && recorded.received().isPresent()
                && recorded.sent().get().sourceDowntimeMs() != recorded.received().get().sourceDowntimeMs()) {
            long order = receipt.map(r -> destinationOrder(destinationChecks, r.micros())).orElse(Long.MAX_VALUE);
            contradictions.add(new Contradiction(order, new RecordDifference.ReceivedOtherThanSent(
                    recorded.received().get().header().where(), recorded.received().get().sourceDowntimeMs(),
                    recorded.sent().get().sourceDowntimeMs(), recorded.sent().get().header().where())));
        }
        if (receipt.isPresent() && sourceDowntime.isPresent()) {
            long v = sourceDowntime.getAsLong();
            long received = receipt.get().micros();
            int destinationFiring = recorded.destinationFiringIndex(destinationChecks);
            for (int j = 0; j < destinationChecks.size(); j++) {
                HostEvent check = destinationChecks.get(j);
                long at = check.micros();
                long order = check.onSourceClock().value().orElse(Long.MAX_VALUE);
                IntToLongFunction value = phase -> MillisecondCounter.elapsed(received, at, phase);
                if (j == destinationFiring) {
                    DestinationAbort abort = recorded.destinationAbort().get();
                    long read = abort.destinationDowntimeMs();
                    if (v + read < abort.abortLimitMs()) {
                        contradictions.add(new Contradiction(order, new RecordDifference.AbortBelowLimit(
                                abort.header().where(), v, read, abort.abortLimitMs())));
                    }
                    observations.add(new Observation(order, check.where(), value, reading -> reading == read,
                            new RecordedObservation.DestinationFired(check.site(), read, abort.header().where())));
                } else if (limit.isPresent() && (destinationFiring < 0 || j < destinationFiring)) {
                    long abortLimit = limit.getAsLong();
                    observations.add(new Observation(order, check.where(), value, reading -> v + reading < abortLimit,
                            new RecordedObservation.DestinationDidNotFire(check.site(), v, abortLimit)));
                }
            }
        }

        observations.sort(Comparator.comparingLong(Observation::order));
        PhaseSet source = PhaseSet.all();
        PhaseSet destination = PhaseSet.all();
        List<PhaseEvidence> evidence = new ArrayList<>();
        for (Observation observation : observations) {
            PhaseSet current = observation.host() == Role.SOURCE ? source : destination;
            PhaseSet narrowed = current.where(phase -> observation.holds().test(observation.value().applyAsLong(phase)));
            if (narrowed.isEmpty()) {
                contradictions.add(new Contradiction(observation.order(), unreproduced(observation, current)));
                continue;
            }
            if (narrowed.size() < current.size()) {
                evidence.add(new PhaseEvidence(observation.where(), observation.recorded(), narrowed));
            }
            if (observation.host() == Role.SOURCE) {
                source = narrowed;
            } else {
                destination = narrowed;
            }
        }
        Optional<RecordDifference> first = contradictions.stream().min(Comparator.comparingLong(Contradiction::order))
                .map(Contradiction::difference);
        return new CounterPhases(source, destination, evidence, first);
    }

    /** A recorded fact the replay cannot reproduce, placed in time. */
    private record Contradiction(long order, RecordDifference difference) {
    }

    /** A destination time on the source's clock, through the nearest check (the receipt has no event of its own). */
    private static long destinationOrder(List<HostEvent> checks, long micros) {
        return checks.stream().filter(check -> check.micros() >= micros).findFirst()
                .flatMap(check -> check.onSourceClock().value().isPresent()
                        ? Optional.of(check.onSourceClock().value().getAsLong() - (check.micros() - micros))
                        : Optional.empty())
                .orElse(Long.MAX_VALUE);
    }

    /** What the replay reads instead, for every phase the earlier observations allow. */
    private static RecordDifference unreproduced(Observation observation, PhaseSet phases) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int phase : phases.members()) {
            long reading = observation.value().applyAsLong(phase);
            min = Math.min(min, reading);
            max = Math.max(max, reading);
        }
        return new RecordDifference.Unreproduced(observation.where(), observation.recorded(), min, max, phases);
    }
}
