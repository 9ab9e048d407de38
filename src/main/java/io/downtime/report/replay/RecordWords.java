package io.downtime.report.replay;

import io.downtime.strict.ComparisonBasis;
import io.downtime.strict.PhaseEvidence;
import io.downtime.strict.RecordDifference;
import io.downtime.strict.RecordedAbort;
import io.downtime.strict.RecordedObservation;
import io.downtime.run.Role;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of a run recorded with the RFC beside its replay (docs/strict-mode.md, "Runs recorded with the
 * RFC"): what each host did, the observations that narrowed the counter phases, the first difference and
 * how the comparison was made. strict returns the records with their lines and values; every format of
 * {@code analyzer replay} says them through this class. Lines are written as {@code file:line}, as the
 * trace names them; the document applies its display names to the whole sentence.
 */
public final class RecordWords {
    private RecordWords() {
    }

    /** {@code the source fired after its save of ... (src.log:73; Downtime Limit of 5 ms exceeded by 1 ms, src.stderr:1)}. */
    public static String recorded(List<RecordedAbort> recorded) {
        return recorded.stream().map(RecordWords::recorded).collect(Collectors.joining("; "));
    }

    private static String recorded(RecordedAbort abort) {
        if (abort instanceof RecordedAbort.SourceExceeded fired) {
            return "the source fired after its " + fired.check().site().label()
                    + " (" + fired.check().where() + "; Downtime Limit of " + fired.downtimeLimitMs() + " ms exceeded by "
                    + fired.exceededByMs() + " ms, " + fired.message() + ")";
        }
        if (abort instanceof RecordedAbort.SourceCancelled fired) {
            return "the source fired after its " + fired.check().site().label()
                    + " (" + fired.check().where() + "; its migration thread entered cancelling right after it, "
                    + fired.cancelling() + ", as the RFC's abort does and a user's cancel does not)";
        }
        if (abort instanceof RecordedAbort.SourceMayHaveFired may) {
            return "the source may have fired after its " + may.check().site().label()
                    + " (" + may.check().where() + "): it was cancelled right after it (" + may.cancelling()
                    + "), by a user's migrate_cancel or by the RFC's abort; the trace cannot tell";
        }
        if (abort instanceof RecordedAbort.DestinationFired fired) {
            return "the destination fired after its "
                    + fired.check().site().label() + " (" + fired.check().where() + "; destination downtime="
                    + fired.destinationDowntimeMs() + ", source downtime=" + fired.sourceDowntimeMs() + ", "
                    + fired.abort() + ")";
        }
        if (abort instanceof RecordedAbort.NothingFired nothing) {
            return "nothing fired (the source "
                    + nothing.sourceStatus().map(status -> status.label()).orElse("unknown")
                    + nothing.usersCancel().map(cancel -> ", a user's cancel (" + cancel + ")").orElse("") + ")";
        }
        throw new IllegalArgumentException(abort.getClass().getName());
    }

    /** {@code source downtime=2 at the send}, {@code no abort after the source's save of ... (abort limit 6 ms)}. */
    public static String observation(RecordedObservation observation) {
        if (observation instanceof RecordedObservation.SourceDowntimeSent sent) {
            return "source downtime=" + sent.downtimeMs() + " at the send";
        }
        if (observation instanceof RecordedObservation.SourceExceeded fired) {
            return "the source fired after its " + fired.check().label()
                    + " reading " + fired.readingMs() + " ms (Downtime Limit of " + fired.downtimeLimitMs()
                    + " ms exceeded by " + fired.exceededByMs() + " ms, " + fired.message() + ")";
        }
        if (observation instanceof RecordedObservation.SourceCancelledAfter fired) {
            return "the source fired after its " + fired.check().label()
                    + " (its migration thread entered cancelling right after it, " + fired.cancelling()
                    + "; abort limit " + fired.abortLimitMs() + " ms)";
        }
        if (observation instanceof RecordedObservation.SourceDidNotFire quiet) {
            return "no abort after the source's " + quiet.check().label()
                    + " (abort limit " + quiet.abortLimitMs() + " ms)";
        }
        if (observation instanceof RecordedObservation.DestinationFired fired) {
            return "the destination fired after its "
                    + fired.check().label() + " with destination downtime=" + fired.destinationDowntimeMs()
                    + " (" + fired.abort() + ")";
        }
        if (observation instanceof RecordedObservation.DestinationDidNotFire quiet) {
            return "no abort after the destination's "
                    + quiet.check().label() + " (source downtime " + quiet.sourceDowntimeMs() + " ms, abort limit "
                    + quiet.abortLimitMs() + " ms)";
        }
        throw new IllegalArgumentException(observation.getClass().getName());
    }

    /** {@code src.log:8: source downtime=2 at the send: source phase 11–642 µs}. */
    public static String evidence(PhaseEvidence evidence) {
        return evidence.where() + ": " + observation(evidence.observation()) + ": " + evidence.host().label()
                + " phase " + evidence.after().describe();
    }

    /** {@code src.log:8: recorded source downtime=95 at the send; the replay gives ...}. */
    public static String difference(RecordDifference difference) {
        return difference.where() + ": recorded " + differenceRecorded(difference) + "; the replay gives "
                + differenceReplayed(difference);
    }

    /** What the trace says where the replay differs. */
    public static String differenceRecorded(RecordDifference difference) {
        if (difference instanceof RecordDifference.Unreproduced unreproduced) {
            return observation(unreproduced.observation());
        }
        if (difference instanceof RecordDifference.ReceivedOtherThanSent received) {
            return "source downtime=" + received.receivedMs() + " received";
        }
        if (difference instanceof RecordDifference.AbortBelowLimit abort) {
            return "an abort with source downtime " + abort.sourceDowntimeMs()
                    + " + destination downtime " + abort.destinationDowntimeMs() + " < " + abort.abortLimitMs();
        }
        if (difference instanceof RecordDifference.FiredElsewhere elsewhere) {
            return elsewhere.recorded()
                    .map(site -> "the " + elsewhere.host().label() + " fired after its " + site.label())
                    .orElse("the " + elsewhere.host().label() + " did not fire");
        }
        throw new IllegalArgumentException(difference.getClass().getName());
    }

    /** What the replay gives instead, for every counter phase the earlier observations allow. */
    public static String differenceReplayed(RecordDifference difference) {
        if (difference instanceof RecordDifference.Unreproduced unreproduced) {
            return valueName(unreproduced.observation()) + " "
                    + (unreproduced.lowestMs() == unreproduced.highestMs() ? "reads " + unreproduced.lowestMs() + " ms"
                    : "reads " + unreproduced.lowestMs() + " to " + unreproduced.highestMs() + " ms")
                    + " for every " + unreproduced.host().label() + " phase the earlier observations allow ("
                    + unreproduced.allowed().describe() + ")";
        }
        if (difference instanceof RecordDifference.ReceivedOtherThanSent received) {
            return "the " + received.sentMs() + " ms the source sent ("
                    + received.sent() + ")";
        }
        if (difference instanceof RecordDifference.AbortBelowLimit abort) {
            return "no abort: the RFC aborts only at the limit";
        }
        if (difference instanceof RecordDifference.FiredElsewhere elsewhere) {
            return elsewhere.replayed()
                    .map(event -> "a firing after its " + event.site().label() + " (" + event.where() + ")")
                    .orElse("no firing on the " + elsewhere.host().label());
        }
        throw new IllegalArgumentException(difference.getClass().getName());
    }

    /** What an observation's reading is: the downtime sent, a source check's counter, a destination's downtime. */
    private static String valueName(RecordedObservation observation) {
        if (observation instanceof RecordedObservation.SourceDowntimeSent) {
            return "the source's downtime at the send";
        }
        return observation.host() == Role.SOURCE ? "the source's counter there" : "the destination's downtime there";
    }

    /** How the replay was compared with the record: one sentence. */
    public static String basis(ComparisonBasis basis) {
        if (basis instanceof ComparisonBasis.OtherLimits other) {
            return "recorded with "
                    + (other.recordedAbortLimitMs().isPresent()
                    ? "abort limit " + other.recordedAbortLimitMs().getAsLong() + " ms" : "unknown limits")
                    + (other.recordedDowntimeLimitMs().isPresent()
                    ? " (downtime-limit " + other.recordedDowntimeLimitMs().getAsLong() + " ms)" : "")
                    + ", replayed with " + other.replayed().describe()
                    + ": a what-if, not compared (the recorded values still narrow the counter phases)";
        }
        if (basis instanceof ComparisonBasis.NoPhaseReproduces none) {
            return "no counter phase reproduces every recorded value";
        }
        if (basis instanceof ComparisonBasis.DiffersForPhases phases) {
            return "for source phase " + phases.source().describe()
                    + " and destination phase " + phases.destination().describe();
        }
        if (basis instanceof ComparisonBasis.AgreesForEveryPhase agrees) {
            return "for every counter phase the recorded values allow (source "
                    + agrees.source().describe() + ", destination " + agrees.destination().describe()
                    + ") the replay fires where the run did"
                    + (agrees.assumedAbortLimitMs().isPresent()
                    ? "; the trace holds no abort limit (the source fired before sending it): "
                    + agrees.assumedAbortLimitMs().getAsLong() + " ms assumed" : "");
        }
        throw new IllegalArgumentException(basis.getClass().getName());
    }
}
