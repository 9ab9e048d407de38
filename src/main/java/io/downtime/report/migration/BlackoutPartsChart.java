package io.downtime.report.migration;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.report.html.Chart;
import io.downtime.report.html.ChartTrace;
import io.downtime.why.BlackoutPart;
import io.downtime.why.Known;
import io.downtime.why.PartKind;
import io.downtime.why.Why;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blackout's parts as one stacked horizontal bar, beside a bar of QEMU's prediction and a line at the
 * downtime limit (docs/why.md, docs/html-report.md). The figures are the analysis's; they are only drawn here.
 */
final class BlackoutPartsChart {
    static final String STOPPED = "guest stopped";
    static final String EXPECTED = "QEMU expected";
    static final String PREDICTION = "QEMU's prediction (RAM only)";
    static final Map<PartKind, String> COLOURS = colours();

    private BlackoutPartsChart() {
    }

    /** The chart, when the blackout has parts. */
    static Optional<Chart> of(MigrationAnalysis analysis) {
        Why why = analysis.why();
        if (why.parts().parts().isEmpty()) {
            return Optional.empty();
        }
        List<BlackoutPart> parts = why.parts().parts();
        Chart.Builder chart = Chart.builder();
        for (BlackoutPart part : parts) {
            chart.trace(ChartTrace.horizontalBars(List.of(STOPPED), new double[]{part.duration().value().orElse(0) / 1000.0})
                    .name(PartWords.part(part.kind()))
                    .set("marker", Map.of("color", COLOURS.get(part.kind())))
                    .texts("hovertext", List.of(PartWords.part(part.kind()) + ": " + WhyFigures.duration(part.duration())
                            + (part.kind().inQemuEstimate() ? " (in QEMU's estimate)" : " (not in QEMU's estimate)")
                            + (part.devices().isEmpty() ? "" : "\n" + PartWords.devicesOf(part))))
                    .set("hoverinfo", "text"));
        }
        Known expected = why.prediction().expectedMicros();
        if (expected.known()) {
            chart.trace(ChartTrace.horizontalBars(List.of(EXPECTED), new double[]{expected.get() / 1000.0})
                    .name(PREDICTION)
                    .set("marker", Map.of("color", "#5b6475"))
                    .texts("hovertext", List.of(PredictionWords.prediction(analysis).orElse(EXPECTED)))
                    .set("hoverinfo", "text"));
        }
        chart.layout("showlegend", true)
                .axisTitle("xaxis", "ms since src-downtime-start, on the source's clock")
                .axis("yaxis", "type", "category")
                .axis("yaxis", "autorange", "reversed")
                .axis("yaxis", "automargin", true)
                .layout("barmode", "stack")
                .layout("legend", Map.of("orientation", "h", "y", -0.35, "traceorder", "normal"))
                .layout("margin", Map.of("t", 20, "r", 30))
                .height(expected.known() ? 260 : 220);
        why.decision().limit().ifPresent(limit -> chart.layout("shapes", List.of(Map.of(
                "type", "line", "xref", "x", "yref", "paper", "x0", limit.micros() / 1000.0, "x1", limit.micros() / 1000.0,
                "y0", 0, "y1", 1, "line", Map.of("color", "#a4262c", "width", 2, "dash", "dash"))))
                .layout("annotations", List.of(Map.of("x", limit.micros() / 1000.0, "y", 1, "xref", "x", "yref", "paper",
                        "text", "limit " + WhyFigures.limitMs(limit.micros()), "showarrow", false, "yanchor", "bottom",
                        "font", Map.of("color", "#a4262c")))));
        return Optional.of(chart.build());
    }

    private static Map<PartKind, String> colours() {
        Map<PartKind, String> colours = new LinkedHashMap<>();
        colours.put(PartKind.STOPPING_VCPUS, "#8c6d31");
        colours.put(PartKind.MANAGEMENT_HOLD, "#b5a0d8");
        colours.put(PartKind.RAM, "#3b75af");
        colours.put(PartKind.DEVICE_STATE, "#e3a33b");
        colours.put(PartKind.WAITING_FOR_DESTINATION, "#c23b22");
        colours.put(PartKind.DESTINATION_LOADS, "#1a7f5a");
        colours.put(PartKind.GUEST_START, "#6b9e3f");
        colours.put(PartKind.UNATTRIBUTED, "#c9ced8");
        return Map.copyOf(colours);
    }
}
