package io.downtime.runset;

import io.downtime.blackout.Blackout;
import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.DeviceTimes;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.Phase;
import io.downtime.analysis.TimelineEntry;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.Estimate;
import io.downtime.outcome.OutcomeKind;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationMode;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;
import io.downtime.why.DecisionGap;
import io.downtime.why.Prediction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The figures of one migration that run sets are compared and gated on, taken from the analysis
 * {@code analyzer report} makes (never computed again here), or read back from a baseline file.
 *
 * @param blackout            the guest-stopped interval ({@link Blackout#guestStopped})
 * @param blackoutUnavailable why the blackout is unknown ({@link BlackoutUnavailable.Recorded} when read back)
 * @param qemuDowntime        QEMU's own figure ({@link Blackout#qemuDowntime})
 * @param phases              the report's phases in timeline order
 * @param devices             the report's per-device save and load times
 * @param outcome             how the migration ended ({@link io.downtime.outcome.MigrationOutcome})
 * @param expectedDowntime    QEMU's expected downtime ({@link io.downtime.why.Decision#expectedDowntimeMicros}),
 *                            with no limit given: it does not depend on one
 * @param expectedDowntimeUnavailable why there is none ({@link DecisionGap.Recorded} when read back)
 */
public record RunFigures(RunRef ref, MigrationMode mode, Optional<RunStatus> sourceStatus,
                         Optional<RunStatus> destinationStatus, AlignmentQuality clock, Optional<Estimate> blackout,
                         Optional<BlackoutUnavailable> blackoutUnavailable, OptionalLong qemuDowntime, List<PhaseTime> phases,
                         List<DeviceTimes> devices, OutcomeKind outcome,
                         OptionalLong expectedDowntime, Optional<DecisionGap> expectedDowntimeUnavailable) {

    public RunFigures {
        phases = List.copyOf(phases);
        devices = List.copyOf(devices);
    }

    public static RunFigures of(RunRef ref, MigrationAnalysis analysis) {
        MigrationPair pair = analysis.migration().pair();
        Blackout blackout = analysis.blackout();
        return new RunFigures(ref, pair.mode(), pair.source().map(Run::status), pair.destination().map(Run::status),
                analysis.migration().clock().quality(), blackout.guestStopped(), blackout.unavailable(),
                blackout.qemuDowntime(), phases(analysis.phases().phases()), analysis.devices().devices(),
                analysis.outcome().kind(), analysis.why().decision().expectedDowntimeMicros().value(),
                analysis.why().decision().expectedDowntimeMicros().missing());
    }

    /** Why the prediction error is unknown: no blackout, or no prediction; empty when it is known. */
    public Optional<PredictionErrorUnavailable> predictionErrorUnavailable() {
        if (expectedDowntime.isEmpty()) {
            return Optional.of(new PredictionErrorUnavailable.NoPrediction(expectedDowntimeUnavailable));
        }
        return blackout.isEmpty() ? Optional.of(new PredictionErrorUnavailable.NoBlackout(blackoutUnavailable))
                : Optional.empty();
    }

    /** The prediction error, blackout − expected downtime (docs/why.md), when both are known. */
    public Optional<Estimate> predictionError() {
        return Prediction.error(blackout, expectedDowntime);
    }

    /** True when both hosts' runs completed. */
    public boolean completed() {
        return sourceStatus.filter(status -> status == RunStatus.COMPLETED).isPresent()
                && destinationStatus.filter(status -> status == RunStatus.COMPLETED).isPresent();
    }

    /** {@code source completed, destination failed}; a missing side is left out. */
    public String statuses() {
        List<String> parts = new ArrayList<>();
        sourceStatus.ifPresent(status -> parts.add("source " + status.label()));
        destinationStatus.ifPresent(status -> parts.add("destination " + status.label()));
        return String.join(", ", parts);
    }

    private static List<PhaseTime> phases(List<Phase> phases) {
        List<PhaseTime> times = new ArrayList<>();
        Map<PhaseKey, Integer> seen = new HashMap<>();
        boolean stopped = false;
        boolean running = false;
        for (Phase phase : phases) {
            // The same boundaries as the report's shares: from src-downtime-start until the guest starts.
            stopped |= phase.from().is(CheckpointCatalogue.SRC_DOWNTIME_START);
            running |= startsGuest(phase.from());
            PhaseKey first = PhaseKey.of(phase.from(), phase.to(), 1);
            int occurrence = seen.merge(first, 1, Integer::sum);
            times.add(new PhaseTime(PhaseKey.of(phase.from(), phase.to(), occurrence), phase.duration(),
                    stopped && !running));
        }
        return times;
    }

    private static boolean startsGuest(TimelineEntry entry) {
        return entry.kind() == MilestoneKind.CHECKPOINT && CheckpointCatalogue.lookup(entry.name())
                .map(CheckpointCatalogue.KnownCheckpoint::startsGuest).orElse(false);
    }
}
