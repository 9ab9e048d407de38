package io.downtime.compare;

import io.downtime.blackout.DeviceTimes;
import io.downtime.clock.Estimate;
import io.downtime.model.DeviceOperation;
import io.downtime.runset.PhaseTime;
import io.downtime.runset.RunFigures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One run's figures as values for the statistics.
 *
 * <p>A figure that crosses the hosts (the blackout, a phase from one host to the other) is only as
 * certain as the clock alignment: exact with a given offset, an interval with a two-sided one, a
 * lower bound with the usual one-sided one. Its <em>lower bound</em> enters the statistics, for
 * every run alike, so that exact values and bounds are never mixed as if they were the same thing:
 * the compared quantity is "the guest was stopped at least this long". A run that bounds such a
 * figure only from above has no lower bound: it is left out of that figure and counted as unknown.
 *
 * @param values  the figures the run has a value for, in the run's order
 * @param unknown the figures the run has but cannot give a value for, with the reason
 */
public record RunValues(Map<Figure, Observation> values, Map<Figure, ValueUnknown> unknown) {
    public RunValues {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        unknown = Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
    }

    public static RunValues of(RunFigures run) {
        Map<Figure, Observation> values = new LinkedHashMap<>();
        Map<Figure, ValueUnknown> unknown = new LinkedHashMap<>();
        BlackoutFigure blackout = new BlackoutFigure();
        if (run.blackout().isPresent()) {
            estimate(run, blackout, run.blackout().get(), values, unknown);
        } else {
            unknown.put(blackout, run.blackoutUnavailable().<ValueUnknown>map(ValueUnknown.NoBlackout::new)
                    .orElse(new ValueUnknown.NoReason()));
        }
        OptionalLong qemu = run.qemuDowntime();
        if (qemu.isPresent()) {
            values.put(new QemuDowntimeFigure(), new Observation(run.ref(), qemu.getAsLong(), false));
        } else {
            unknown.put(new QemuDowntimeFigure(), new ValueUnknown.NoQemuDowntimeCheckpoints());
        }
        // Only runs whose trace shows QEMU's prediction have these: most traces do not, and a figure no run has is noise.
        if (run.expectedDowntime().isPresent()) {
            values.put(new ExpectedDowntimeFigure(), new Observation(run.ref(), run.expectedDowntime().getAsLong(), false));
            if (run.predictionError().isPresent()) {
                estimate(run, new PredictionErrorFigure(), run.predictionError().get(), values, unknown);
            } else {
                unknown.put(new PredictionErrorFigure(), run.predictionErrorUnavailable()
                        .<ValueUnknown>map(ValueUnknown.NoPredictionError::new).orElse(new ValueUnknown.NoReason()));
            }
        }
        for (PhaseTime phase : run.phases()) {
            estimate(run, new PhaseFigure(phase.key()), phase.duration(), values, unknown);
        }
        for (DeviceTimes device : run.devices()) {
            if (device.save().isPresent()) {
                values.put(new DeviceFigure(device.key(), DeviceOperation.SAVE),
                        new Observation(run.ref(), device.save().getAsLong(), false));
            }
            if (device.load().isPresent()) {
                values.put(new DeviceFigure(device.key(), DeviceOperation.LOAD),
                        new Observation(run.ref(), device.load().getAsLong(), false));
            }
        }
        return new RunValues(values, unknown);
    }

    private static void estimate(RunFigures run, Figure figure, Estimate estimate, Map<Figure, Observation> values,
                                 Map<Figure, ValueUnknown> unknown) {
        OptionalLong low = estimate.bounds().low();
        if (low.isPresent()) {
            values.put(figure, new Observation(run.ref(), low.getAsLong(), !estimate.exact()));
        } else if (estimate.bounds().high().isPresent()) {
            unknown.put(figure, new ValueUnknown.OnlyUpperBound(estimate.bounds().high().getAsLong()));
        } else {
            unknown.put(figure, new ValueUnknown.Unbounded());
        }
    }
}
