package io.downtime.strict;

import io.downtime.model.DestinationAbort;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.outcome.SourceCancel;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Compares the replay of a run recorded with the RFC with what the run did: where each host fired, or
 * that neither did. The counter phases were already narrowed to those the recorded values allow
 * ({@link CounterEvidence}); the replay agrees when some phases remain and, for all of them, each host
 * fires where it did.
 */
final class RfcRecord {
    private RfcRecord() {
    }

    static Optional<RecordComparison> compare(Switchover run, Limits limits, RfcScenarios scenarios) {
        RecordedStrict recorded = run.recorded();
        if (!recorded.any()) {
            return Optional.empty();
        }
        List<RecordedAbort> what = describe(run, recorded);
        // A source that fired before sending leaves only its downtime limit in the trace.
        boolean sameAbortLimit = recorded.abortLimitMs().isPresent()
                ? recorded.abortLimitMs().getAsLong() == limits.abortLimitMs() : recorded.downtimeLimitMs().isPresent();
        boolean sameDowntimeLimit = recorded.downtimeLimitMs().isEmpty()
                || recorded.downtimeLimitMs().getAsLong() == limits.downtimeLimitMs();
        if (!sameAbortLimit || !sameDowntimeLimit) {
            return Optional.of(new RecordComparison(what, Optional.empty(),
                    new ComparisonBasis.OtherLimits(recorded.abortLimitMs(), recorded.downtimeLimitMs(), limits)));
        }
        if (run.phases().firstDifference().isPresent()) {
            return Optional.of(new RecordComparison(what, run.phases().firstDifference(),
                    new ComparisonBasis.NoPhaseReproduces()));
        }
        int sourceFiring = recorded.sourceFiringIndex(run.sourceChecks());
        int sourceMayHaveFired = recorded.sourceMayHaveFiredIndex(run.sourceChecks());
        int destinationFiring = recorded.destinationFiringIndex(run.destinationChecks());
        Optional<HostEvent> sourceExpected = sourceFiring < 0 ? Optional.empty() : Optional.of(run.sourceChecks().get(sourceFiring));
        Optional<HostEvent> sourceMay = sourceMayHaveFired < 0 ? Optional.empty()
                : Optional.of(run.sourceChecks().get(sourceMayHaveFired));
        Optional<HostEvent> destinationExpected = destinationFiring < 0 ? Optional.empty()
                : Optional.of(run.destinationChecks().get(destinationFiring));
        for (Scenario scenario : scenarios.scenarios()) {
            Optional<Firing> source = firingOf(scenario, Role.SOURCE);
            // A check that may have fired agrees with a replay that fires there and with one that does not fire.
            boolean either = sourceMay.isPresent() && (source.isEmpty() || source.get().at().equals(sourceMay.get()));
            Optional<RecordDifference> difference = (either ? Optional.<RecordDifference>empty()
                    : differs(Role.SOURCE, sourceExpected, source))
                    .or(() -> differs(Role.DESTINATION, destinationExpected, firingOf(scenario, Role.DESTINATION)));
            if (difference.isPresent()) {
                return Optional.of(new RecordComparison(what, difference,
                        new ComparisonBasis.DiffersForPhases(scenario.sourcePhases(), scenario.destinationPhases())));
            }
        }
        OptionalLong assumed = recorded.abortLimitMs().isPresent() ? OptionalLong.empty()
                : OptionalLong.of(limits.abortLimitMs());
        return Optional.of(new RecordComparison(what, Optional.empty(),
                new ComparisonBasis.AgreesForEveryPhase(run.phases().source(), run.phases().destination(), assumed)));
    }

    private static Optional<Firing> firingOf(Scenario scenario, Role host) {
        return scenario.first().filter(f -> f.at().host() == host).or(() -> scenario.then().filter(f -> f.at().host() == host));
    }

    private static Optional<RecordDifference> differs(Role host, Optional<HostEvent> expected, Optional<Firing> replayed) {
        Optional<HostEvent> got = replayed.map(Firing::at);
        if (got.equals(expected)) {
            return Optional.empty();
        }
        HostEvent where = expected.or(() -> got).orElseThrow();
        return Optional.of(new RecordDifference.FiredElsewhere(host, where.where(), expected.map(HostEvent::site), got));
    }

    /** What the run did, host by host, with the lines that say so; {@link RecordedAbort.NothingFired} alone when nothing fired. */
    static List<RecordedAbort> describe(Switchover run, RecordedStrict recorded) {
        List<RecordedAbort> parts = new ArrayList<>();
        int sourceFiring = recorded.sourceFiringIndex(run.sourceChecks());
        int sourceMayHaveFired = recorded.sourceMayHaveFiredIndex(run.sourceChecks());
        if (sourceFiring >= 0 && recorded.sourceExceeded().isPresent()) {
            DowntimeLimitExceeded exceeded = recorded.sourceExceeded().get();
            parts.add(new RecordedAbort.SourceExceeded(run.sourceChecks().get(sourceFiring), exceeded.downtimeLimitMs(),
                    exceeded.exceededByMs(), exceeded.header().where()));
        } else if (sourceFiring >= 0) {
            parts.add(new RecordedAbort.SourceCancelled(run.sourceChecks().get(sourceFiring),
                    recorded.sourceCancel().get().cancelling().header().where()));
        } else if (sourceMayHaveFired >= 0) {
            parts.add(new RecordedAbort.SourceMayHaveFired(run.sourceChecks().get(sourceMayHaveFired),
                    recorded.sourceCancel().get().cancelling().header().where()));
        }
        int destinationFiring = recorded.destinationFiringIndex(run.destinationChecks());
        if (destinationFiring >= 0) {
            DestinationAbort abort = recorded.destinationAbort().get();
            parts.add(new RecordedAbort.DestinationFired(run.destinationChecks().get(destinationFiring),
                    abort.destinationDowntimeMs(), abort.sourceDowntimeMs(), abort.header().where()));
        }
        if (parts.isEmpty()) {
            parts.add(new RecordedAbort.NothingFired(run.migration().pair().source().map(Run::status),
                    recorded.sourceCancel()
                            .filter(c -> c.origin() == SourceCancel.Origin.MAIN_THREAD
                                    || c.origin() == SourceCancel.Origin.OUTSIDE_DOWNTIME)
                            .map(c -> c.cancelling().header().where())));
        }
        return parts;
    }
}
