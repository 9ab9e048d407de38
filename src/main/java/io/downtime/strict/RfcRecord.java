package io.downtime.strict;

import io.downtime.outcome.SourceCancel;
import io.downtime.run.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        String what = describe(run, recorded);
        // A source that fired before sending leaves only its downtime limit in the trace.
        boolean sameAbortLimit = recorded.abortLimitMs().isPresent()
                ? recorded.abortLimitMs().getAsLong() == limits.abortLimitMs() : recorded.downtimeLimitMs().isPresent();
        boolean sameDowntimeLimit = recorded.downtimeLimitMs().isEmpty()
                || recorded.downtimeLimitMs().getAsLong() == limits.downtimeLimitMs();
        if (!sameAbortLimit || !sameDowntimeLimit) {
            String recordedLimits = recorded.abortLimitMs().isPresent()
                    ? "abort limit " + recorded.abortLimitMs().getAsLong() + " ms" : "unknown limits";
            if (recorded.downtimeLimitMs().isPresent()) {
                recordedLimits += " (downtime-limit " + recorded.downtimeLimitMs().getAsLong() + " ms)";
            }
            return Optional.of(new RecordComparison(what, false, false, Optional.empty(),
                    "recorded with " + recordedLimits + ", replayed with " + limits.describe()
                            + ": a what-if, not compared (the recorded values still narrow the counter phases)"));
        }
        if (run.phases().firstDifference().isPresent()) {
            return Optional.of(new RecordComparison(what, true, false, run.phases().firstDifference(),
                    "no counter phase reproduces every recorded value"));
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
                    : differs(Role.SOURCE, sourceExpected, source, run))
                    .or(() -> differs(Role.DESTINATION, destinationExpected, firingOf(scenario, Role.DESTINATION), run));
            if (difference.isPresent()) {
                return Optional.of(new RecordComparison(what, true, false, difference,
                        "for source phase " + scenario.sourcePhases().describe() + " and destination phase "
                                + scenario.destinationPhases().describe()));
            }
        }
        String assumed = recorded.abortLimitMs().isPresent() ? ""
                : "; the trace holds no abort limit (the source fired before sending it): " + limits.abortLimitMs()
                + " ms assumed";
        return Optional.of(new RecordComparison(what, true, true, Optional.empty(),
                "for every counter phase the recorded values allow (source " + run.phases().source().describe()
                        + ", destination " + run.phases().destination().describe() + ") the replay fires where the run did"
                        + assumed));
    }

    private static Optional<Firing> firingOf(Scenario scenario, Role host) {
        return scenario.first().filter(f -> f.at().host() == host).or(() -> scenario.then().filter(f -> f.at().host() == host));
    }

    private static Optional<RecordDifference> differs(Role host, Optional<HostEvent> expected, Optional<Firing> replayed,
                                                      Switchover run) {
        Optional<HostEvent> got = replayed.map(Firing::at);
        if (got.equals(expected)) {
            return Optional.empty();
        }
        String recordedText = expected.map(e -> "the " + host.label() + " fired after its " + e.site().label())
                .orElse("the " + host.label() + " did not fire");
        String replayedText = got.map(e -> "a firing after its " + e.site().label() + " (" + e.where() + ")")
                .orElse("no firing on the " + host.label());
        HostEvent where = expected.or(() -> got).orElseThrow();
        return Optional.of(new RecordDifference(host, where.where(), recordedText, replayedText));
    }

    static String describe(Switchover run, RecordedStrict recorded) {
        List<String> parts = new ArrayList<>();
        int sourceFiring = recorded.sourceFiringIndex(run.sourceChecks());
        int sourceMayHaveFired = recorded.sourceMayHaveFiredIndex(run.sourceChecks());
        if (sourceFiring >= 0 && recorded.sourceExceeded().isPresent()) {
            HostEvent check = run.sourceChecks().get(sourceFiring);
            parts.add("the source fired after its " + check.site().label() + " (" + check.where() + "; Downtime Limit of "
                    + recorded.sourceExceeded().get().downtimeLimitMs() + " ms exceeded by "
                    + recorded.sourceExceeded().get().exceededByMs() + " ms, " + recorded.sourceExceeded().get().header().where() + ")");
        } else if (sourceFiring >= 0) {
            HostEvent check = run.sourceChecks().get(sourceFiring);
            parts.add("the source fired after its " + check.site().label() + " (" + check.where() + "; its migration"
                    + " thread entered cancelling right after it, " + recorded.sourceCancel().get().cancelling().header().where()
                    + ", as the RFC's abort does and a user's cancel does not)");
        } else if (sourceMayHaveFired >= 0) {
            HostEvent check = run.sourceChecks().get(sourceMayHaveFired);
            parts.add("the source may have fired after its " + check.site().label() + " (" + check.where() + "): it was"
                    + " cancelled right after it (" + recorded.sourceCancel().get().cancelling().header().where()
                    + "), by a user's migrate_cancel or by the RFC's abort; the trace cannot tell");
        }
        int destinationFiring = recorded.destinationFiringIndex(run.destinationChecks());
        if (destinationFiring >= 0) {
            HostEvent check = run.destinationChecks().get(destinationFiring);
            parts.add("the destination fired after its " + check.site().label() + " (" + check.where()
                    + "; destination downtime=" + recorded.destinationAbort().get().destinationDowntimeMs()
                    + ", source downtime=" + recorded.destinationAbort().get().sourceDowntimeMs() + ", "
                    + recorded.destinationAbort().get().header().where() + ")");
        }
        if (parts.isEmpty()) {
            String status = run.migration().pair().source().map(r -> r.status().label()).orElse("unknown");
            String cancel = recorded.sourceCancel()
                    .filter(c -> c.origin() == SourceCancel.Origin.MAIN_THREAD || c.origin() == SourceCancel.Origin.OUTSIDE_DOWNTIME)
                    .map(c -> ", a user's cancel (" + c.cancelling().header().where() + ")").orElse("");
            parts.add("nothing fired (the source " + status + cancel + ")");
        }
        return String.join("; ", parts);
    }
}
