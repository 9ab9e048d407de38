package io.downtime.gate;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.DeviceKey;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.ClockNote;
import io.downtime.clock.Estimate;
import io.downtime.compare.FigureComparison;
import io.downtime.model.DeviceOperation;
import io.downtime.outcome.Cause;
import io.downtime.outcome.MigrationResult;
import io.downtime.outcome.OutcomeKind;
import io.downtime.runset.PredictionErrorUnavailable;
import io.downtime.strict.Certainty;
import io.downtime.strict.PolicyVerdict;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What one rule found on one migration (or on the run set): the values, never words. {@code report.gate.GateWords}
 * words them once for the text, JSON and JUnit XML documents.
 */
public sealed interface Finding {

    /** The measured time in µs, when the finding measures one (JSON's {@code measured_us}). */
    default OptionalLong measuredUs() {
        return OptionalLong.empty();
    }

    /** The time a time rule checks: the blackout, a phase, or the prediction error. */
    sealed interface TimeFigure {
    }

    record Blackout() implements TimeFigure {
    }

    /** A phase, by its checkpoints' canonical names. */
    record Phase(String from, String to) implements TimeFigure {
    }

    /** blackout − QEMU's expected downtime (docs/why.md); negative when the guest stopped shorter than expected. */
    record PredictionError() implements TimeFigure {
    }

    /**
     * A time against its limit.
     *
     * @param time   the figure as known, with its bounds
     * @param value  which value of {@code time} the rule checks
     * @param micros the value {@code value} picks from {@code time}
     */
    record Time(TimeFigure figure, Estimate time, BoundChoice value, long micros, long maxMicros) implements Finding {
        public boolean within() {
            return micros <= maxMicros;
        }

        @Override
        public OptionalLong measuredUs() {
            return OptionalLong.of(micros);
        }
    }

    /** A time the rule could not measure; the check is failed or skipped as {@code whenUnknown} says. */
    record TimeUnknown(TimeFigure figure, WhyUnknown why, long maxMicros, UnknownPolicy whenUnknown) implements Finding {
    }

    /** Why a time is unknown. */
    sealed interface WhyUnknown {
    }

    /** The blackout, for the run's own reason (RunFigures' {@code blackoutUnavailable}); empty: none given. */
    record NoBlackout(Optional<BlackoutUnavailable> why) implements WhyUnknown {
    }

    /** The prediction error, for the run's own reason (RunFigures' {@code predictionErrorUnavailable}). */
    record NoPredictionError(Optional<PredictionErrorUnavailable> why) implements WhyUnknown {
    }

    /**
     * The migration has no such phase.
     *
     * @param completed both hosts' runs completed
     * @param statuses  the hosts' statuses, as RunFigures gives them
     */
    record NoPhase(boolean completed, String statuses) implements WhyUnknown {
    }

    /** The time is known, but not the value the rule checks: {@code time} has no such bound. */
    record NoBound(BoundChoice value, Estimate time) implements WhyUnknown {
    }

    /** One device's save or load time, as QEMU measured it. */
    record DeviceTime(DeviceKey device, DeviceOperation operation, long micros) {
    }

    /**
     * The matching devices' times against the limit.
     *
     * @param slowestFirst every matching save and load time, never empty, the slowest first
     */
    record Devices(List<DeviceTime> slowestFirst, long maxMicros) implements Finding {
        public Devices {
            slowestFirst = List.copyOf(slowestFirst);
        }

        public DeviceTime slowest() {
            return slowestFirst.get(0);
        }

        /** The times over the limit, the slowest first. */
        public List<DeviceTime> over() {
            return slowestFirst.stream().filter(time -> time.micros() > maxMicros).toList();
        }

        @Override
        public OptionalLong measuredUs() {
            return OptionalLong.of(slowest().micros());
        }
    }

    /** No device matched the rule's match, operation and type: nothing to measure. */
    record NoDevice(long maxMicros, UnknownPolicy whenUnknown) implements Finding {
    }

    /**
     * The clocks' alignment against the required one.
     *
     * @param firstNote the migration's first clock note, which says why an alignment falls short
     */
    record Clock(AlignmentQuality quality, AlignmentQuality required, boolean good, Optional<ClockNote> firstNote)
            implements Finding {
    }

    /** One input's rejected lines and read failures. */
    record InputLines(String input, long rejected, long readFailures) {
    }

    /**
     * The inputs with rejected lines or read failures.
     *
     * @param damaged  the inputs with either, in input order; empty when every line was accounted for
     * @param rejected the migration's rejected lines, in all its inputs
     */
    record Lines(List<InputLines> damaged, long rejected) implements Finding {
        public Lines {
            damaged = List.copyOf(damaged);
        }
    }

    /**
     * How the migration ended, against the forbidden results.
     *
     * @param cause what the trace shows ended it, when it shows one
     */
    record Outcome(OutcomeKind outcome, Optional<Cause> cause, Set<MigrationResult> forbidden, boolean bad)
            implements Finding {
        public Outcome {
            forbidden = Set.copyOf(forbidden);
        }
    }

    /**
     * The set compared with the baseline.
     *
     * @param regressions the regressed figures of the rule's kinds; empty when none regressed
     */
    record Regressions(List<FigureComparison> regressions, int migrations, int baselineMigrations, String baseline)
            implements Finding {
        public Regressions {
            regressions = List.copyOf(regressions);
        }
    }

    /** The policy cannot be replayed on the migration; {@code reason} is the replay's. */
    record Unreplayable(io.downtime.strict.Unreplayable reason, UnknownPolicy whenUnknown) implements Finding {
    }

    /** A replay judged against {@code must_not: fire}: whether and where the policy fires. */
    record MustNotFire(PolicyVerdict verdict) implements Finding {
        /** Fires or may fire: the check fails, or is skipped under {@code when_uncertain: skip} when it only may. */
        public Certainty fired() {
            return verdict.outcome().fired();
        }
    }

    /**
     * A replay judged against {@code must_not: miss-violation}.
     *
     * @param certainly the policy certainly misses a violation
     * @param possibly  it may miss one
     */
    record MustNotMiss(PolicyVerdict verdict, boolean certainly, boolean possibly) implements Finding {
    }
}
