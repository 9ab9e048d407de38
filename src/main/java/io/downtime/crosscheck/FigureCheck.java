package io.downtime.crosscheck;

import io.downtime.clock.Estimate;

import java.util.Optional;

/**
 * One reported figure beside the trace figure it is compared with.
 *
 * @param report      the report that gave it
 * @param figure      which figure
 * @param reportedMs  its value, in whole milliseconds as reported
 * @param trace       the trace figure it is set against ({@link ToolFigure#against()}), in µs; empty when unknown
 * @param difference  {@code reported - trace} in µs
 * @param agreement   agrees, differs, or cannot be told
 * @param explanation for a figure that differs (or agrees with QEMU's figure while the blackout does
 *                    not): what each figure measures and why they differ, with the trace's evidence
 */
public record FigureCheck(ToolReport report, ToolFigure figure, long reportedMs, Optional<Estimate> trace,
                          Optional<Estimate> difference, Agreement agreement, Optional<FigureExplanation> explanation) {

    public String name() {
        return figure.name(report.source());
    }
}
