package io.downtime.report.migration;

import io.downtime.analysis.TimelineAxis;
import io.downtime.report.Figures;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.Estimate;
import io.downtime.report.html.MarkerSymbol;
import io.downtime.report.migration.TimelineLayers.Item;
import io.downtime.report.migration.TimelineLayers.Lane;
import io.downtime.report.migration.TimelineLayers.Row;
import io.downtime.report.migration.TimelineLayers.Series;
import io.downtime.report.migration.TimelineLayers.Span;
import io.downtime.report.html.Chart;
import io.downtime.report.words.ClockWords;
import io.downtime.run.Durations;
import io.downtime.run.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A migration on one time axis, one lane per host: checkpoints and state changes as marks, phases
 * and each device's save or load as bars in its host's lane, the blackout against QEMU's figure on
 * top ({@link MigrationLayers} draws these from the {@link MigrationAnalysis}), and the clock offset's
 * uncertainty as a band over the destination's lane. Every moment is placed by the {@link TimelineAxis},
 * as the analysis places its timeline.
 *
 * <p>Other pages add their own rows and moments (the replay page: each policy's checks as marks in
 * the host's lane where the check ran, the moment a policy fired as a line over the chart) with
 * {@link #marks} and {@link #moment}, placing them with {@link #axis()}.
 */
public final class SwitchoverTimeline {
    static final String SOURCE_COLOUR = "#2f5d9e";
    static final String DESTINATION_COLOUR = "#d9822b";
    static final String ACROSS_COLOUR = "#7a8499";
    static final String BLACKOUT_COLOUR = "#a4262c";
    public static final String QEMU_COLOUR = "#5b6475";

    /** A point of the timeline ({@link #axis()} places it) and what hovering over it shows. */
    public record Mark(Estimate at, String hover) {
    }

    private final TimelineAxis axis;
    private final List<Series> series;
    private final List<Span> spans;
    private final List<Row> extraRows = new ArrayList<>();
    /** Where the chart opens (µs since the reference): the first checkpoint or device bar; before it lie setup and active. */
    private final OptionalDouble openingFrom;

    private SwitchoverTimeline(TimelineAxis axis, MigrationLayers layers) {
        this.axis = axis;
        this.series = new ArrayList<>(layers.series());
        this.spans = new ArrayList<>(layers.spans());
        this.openingFrom = layers.openingFrom();
    }

    /** The timeline of {@code analysis}; empty when it has none (the lines carry no times). */
    public static Optional<SwitchoverTimeline> of(MigrationAnalysis analysis) {
        Optional<TimelineAxis> axis = TimelineAxis.of(analysis);
        if (axis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SwitchoverTimeline(axis.get(), MigrationLayers.of(analysis, axis.get())));
    }

    public TimelineAxis axis() {
        return axis;
    }

    /**
     * A row of marks at the end of {@code host}'s lane (the replay's checks of one policy). Marks
     * whose time has no value are not drawn.
     *
     * @param row    the row's label, this code's own words (it is drawn as a tick label)
     * @param colour a CSS colour
     */
    public SwitchoverTimeline marks(Role host, String row, String colour, MarkerSymbol symbol, List<Mark> marks) {
        Row added = new Row(lane(host), row);
        extraRows.add(added);
        series.add(new Series(added, false, colour, symbol, 1.0,
                marks.stream().map(mark -> Item.mark(mark.at(), mark.hover())).toList()));
        return this;
    }

    /**
     * A moment over the whole chart (the replay: where a policy fired), drawn as a line, with
     * {@code label} at the top; an uncertain moment is drawn as a shaded stretch over its interval.
     */
    public SwitchoverTimeline moment(String label, Estimate at, String colour) {
        if (at.exact()) {
            long x = at.value().getAsLong();
            spans.add(new Span(Optional.of(x), Optional.of(x), colour, 1.0, label));
        } else {
            spans.add(new Span(boxed(at.bounds().low()), boxed(at.bounds().high()), colour, 0.15, label));
        }
        return this;
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    /** The chart: rows in lane order, the blackout first. */
    public Chart chart() {
        List<Row> rows = new ArrayList<>();
        for (Lane lane : Lane.values()) {
            for (Series s : series) {
                if (s.row().lane() == lane && !s.items().isEmpty() && !rows.contains(s.row()) && !extraRows.contains(s.row())) {
                    rows.add(s.row());
                }
            }
            extraRows.stream().filter(row -> row.lane() == lane && !rows.contains(row)).forEach(rows::add);
        }
        return TimelineFigure.chart(rows, series, spans, axis, openingFrom);
    }

    /** What the drawing means, for the paragraph above the chart. */
    public String legend() {
        StringBuilder text = new StringBuilder("One lane per host on the ").append(axis.clock() == Role.SOURCE
                ? "source's clock" : "destination's own clock (there is no source run)").append(", in ms since ")
                .append(axis.reference()).append(": checkpoints (◆) and state changes (●) as marks, phases and")
                .append(" each device's save or load as bars; hover over anything for its exact figures and line.");
        if (axis.clock() == Role.SOURCE && axis.places(Role.DESTINATION)
                && !axis.migration().clock().offset().exact()) {
            text.append(" The destination's events are placed with the clock offset's estimate; the shaded band")
                    .append(" over its lane is where they may really lie (")
                    .append(ClockWords.summary(axis.migration().clock())).append(").");
        }
        return text.toString();
    }

    private static Lane lane(Role host) {
        return host == Role.SOURCE ? Lane.SOURCE : Lane.DESTINATION;
    }

    /** {@code at 106.714 ±1.315 ms since src-downtime-start (between 105.399 and 108.029)}: a moment as hover labels say it. */
    public String at(Estimate since) {
        return at(axis, since);
    }

    static String at(TimelineAxis axis, Estimate since) {
        String bounds = since.bounds().bounded() && !since.exact()
                ? " (between " + Durations.ms(since.bounds().low().getAsLong()) + " and "
                  + Durations.ms(since.bounds().high().getAsLong()) + ")" : "";
        return "at " + Figures.ms(since) + " ms since " + axis.reference() + bounds;
    }
}
