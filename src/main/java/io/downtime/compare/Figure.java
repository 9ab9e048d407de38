package io.downtime.compare;

/**
 * One figure compared between two run sets: the blackout, QEMU's downtime figure, its expected downtime
 * and the prediction error, a phase, or one
 * device's save or load time. Figures of different runs are the same figure when they are equal.
 */
public sealed interface Figure permits BlackoutFigure, QemuDowntimeFigure, ExpectedDowntimeFigure, PredictionErrorFigure,
        PhaseFigure, DeviceFigure {

    /**
     * {@code blackout}, {@code qemu_downtime}, {@code expected_downtime}, {@code prediction_error}, {@code phase},
     * {@code device_save} or {@code device_load}.
     */
    String kind();

    /** What the figure is, as tables name it. */
    String label();

    /** The host whose clock measures it: {@code src}, {@code dst}, or {@code src>dst} across both. */
    String hosts();
}
