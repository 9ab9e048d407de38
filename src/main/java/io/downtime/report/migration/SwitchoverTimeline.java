package io.downtime.report.migration;

import io.downtime.analysis.TimelineAxis;
import io.downtime.report.EventFields;
import io.downtime.report.EventHovers;
import io.downtime.report.Figures;
import io.downtime.report.MessageText;
import io.downtime.analysis.Blackout;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.Phase;
import io.downtime.analysis.TimelineEntry;
import io.downtime.clock.Estimate;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.TraceEvent;
import io.downtime.report.migration.TimelineLayers.Item;
import io.downtime.report.migration.TimelineLayers.Lane;
import io.downtime.report.migration.TimelineLayers.Row;
import io.downtime.report.migration.TimelineLayers.Series;
import io.downtime.report.migration.TimelineLayers.Span;
import io.downtime.report.html.Chart;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Durations;
import io.downtime.run.Role;
import io.downtime.run.Run;
import tech.tablesaw.plotly.components.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A migration on one time axis, one lane per host: checkpoints and state changes as marks, phases
 * and each device's save or load as bars in its host's lane, the blackout against QEMU's figure on
 * top, and the clock offset's uncertainty as a band over the destination's lane. Every figure comes
 * from the {@link MigrationAnalysis}; every moment is placed by the {@link TimelineAxis}, as the
 * analysis places its timeline.
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
    private final List<Series> series = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<Row> extraRows = new ArrayList<>();
    /** Where the chart opens (µs since the reference): the first checkpoint or device bar; before it lie setup and active. */
    private OptionalDouble openingFrom = OptionalDouble.empty();

    private SwitchoverTimeline(TimelineAxis axis) {
        this.axis = axis;
    }

    /** The timeline of {@code analysis}; empty when it has none (the lines carry no times). */
    public static Optional<SwitchoverTimeline> of(MigrationAnalysis analysis) {
        Optional<TimelineAxis> axis = TimelineAxis.of(analysis);
        if (axis.isEmpty()) {
            return Optional.empty();
        }
        SwitchoverTimeline timeline = new SwitchoverTimeline(axis.get());
        timeline.blackout(analysis);
        timeline.milestones(analysis);
        timeline.phases(analysis);
        timeline.devices(analysis);
        return Optional.of(timeline);
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
    public SwitchoverTimeline marks(Role host, String row, String colour, Symbol symbol, List<Mark> marks) {
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
                    .append(axis.migration().clock().summary()).append(").");
        }
        return text.toString();
    }

    private static Lane lane(Role host) {
        return host == Role.SOURCE ? Lane.SOURCE : Lane.DESTINATION;
    }

    private static String colour(Role host) {
        return host == Role.SOURCE ? SOURCE_COLOUR : DESTINATION_COLOUR;
    }

    private void blackout(MigrationAnalysis analysis) {
        Optional<Estimate> start = analysis.timeline().entries().stream()
                .filter(entry -> entry.is(CheckpointCatalogue.SRC_DOWNTIME_START)).findFirst()
                .flatMap(TimelineEntry::sinceStart);
        if (start.isEmpty()) {
            return;
        }
        Estimate from = start.get();
        long at = from.value().getAsLong();
        Blackout blackout = analysis.blackout();
        if (blackout.guestStopped().isPresent()) {
            guestStopped(from, blackout.guestStopped().get());
        } else if (blackout.stoppedOnSource().isPresent()) {
            long stopped = blackout.stoppedOnSource().getAsLong();
            series.add(new Series(new Row(Lane.BLACKOUT, "stopped on source"), true, BLACKOUT_COLOUR, null, 1.0,
                    List.of(new Item(from, Estimate.exactly(at + stopped), "on the source: stopped at least "
                            + Durations.ms(stopped) + " ms\nsrc-downtime-start -> the source's failure,"
                            + " then QEMU resumed it on the source",
                            "at least " + Durations.ms(stopped) + " ms, then resumed on the source", false))));
            spans.add(Span.between(at, at + stopped, BLACKOUT_COLOUR, 0.10));
        }
        if (blackout.qemuDowntime().isPresent()) {
            long figure = blackout.qemuDowntime().getAsLong();
            series.add(new Series(new Row(Lane.BLACKOUT, "QEMU's figure"), true, QEMU_COLOUR, null, 1.0,
                    List.of(new Item(from, Estimate.exactly(at + figure), "QEMU's figure: " + ReportFacts.qemuFigure(figure)
                            + "\nsrc-downtime-start -> src-downtime-end (query-migrate reports it in whole ms)",
                            ReportFacts.qemuFigure(figure), false))));
        }
    }

    /**
     * The blackout from src-downtime-start: a solid bar as far as it certainly reaches (its lower
     * bound), then a pale one over what the clock offset leaves open (to the upper bound, or to the
     * chart's end without one); the certain part is also shaded over the whole chart.
     */
    private void guestStopped(Estimate from, Estimate stopped) {
        long at = from.value().getAsLong();
        Row row = new Row(Lane.BLACKOUT, "guest stopped");
        String hover = "guest stopped: " + ReportFacts.duration(stopped)
                + "\nsrc-downtime-start -> dst-*-vm-started, on the source's clock";
        String text = ReportFacts.duration(stopped);
        long certain = stopped.bounds().low().orElse(0);
        Estimate certainEnd = Estimate.exactly(at + certain);
        series.add(new Series(row, true, BLACKOUT_COLOUR, null, 1.0,
                List.of(new Item(from, certainEnd, hover, text, false))));
        spans.add(Span.between(at, at + certain, BLACKOUT_COLOUR, 0.10));
        if (!stopped.exact()) {
            boolean open = stopped.bounds().high().isEmpty();
            Estimate end = open ? certainEnd : Estimate.exactly(at + stopped.bounds().high().getAsLong());
            series.add(new Series(row, true, BLACKOUT_COLOUR, null, 0.3,
                    List.of(new Item(certainEnd, end, hover, null, open))));
        }
    }

    private void milestones(MigrationAnalysis analysis) {
        for (Role host : Role.values()) {
            List<Item> checkpoints = new ArrayList<>();
            List<Item> states = new ArrayList<>();
            for (TimelineEntry entry : analysis.timeline().entries()) {
                if (entry.host() != host || entry.sinceStart().isEmpty()) {
                    continue;
                }
                String hover = ReportFacts.event(entry) + "\n" + host.label() + ", " + entry.where()
                        + entry.hostMicros().stream().mapToObj(micros -> "  " + EventFields.utc(micros)).findFirst().orElse("")
                        + "\n" + at(entry.sinceStart().get())
                        + entry.step().map(step -> "\nstep " + Figures.ms(step) + " ms").orElse("");
                (entry.kind() == MilestoneKind.CHECKPOINT ? checkpoints : states).add(Item.mark(entry.sinceStart().get(), hover));
                if (entry.kind() == MilestoneKind.CHECKPOINT) {
                    opensBy(entry.sinceStart().get());
                }
            }
            List<Item> messages = messages(analysis, host);
            series.add(new Series(new Row(lane(host), host.abbreviation() + " checkpoints"), false, colour(host),
                    Symbol.DIAMOND, 1.0, checkpoints));
            Row stateRow = new Row(lane(host), host.abbreviation() + (messages.isEmpty() ? " states" : " states, messages"));
            series.add(new Series(stateRow, false, colour(host), Symbol.CIRCLE, 1.0, states));
            series.add(new Series(stateRow, false, BLACKOUT_COLOUR, Symbol.X, 1.0, messages));
        }
    }

    private List<Item> messages(MigrationAnalysis analysis, Role host) {
        List<Item> items = new ArrayList<>();
        Optional<Run> run = analysis.migration().pair().run(host);
        if (run.isEmpty()) {
            return items;
        }
        for (TraceEvent message : run.get().messages()) {
            if (!message.header().hasTime()) {
                continue;
            }
            axis.since(host, message.header().micros()).ifPresent(since -> items.add(Item.mark(since,
                    (MessageText.warning(message) ? "QEMU warning" : "QEMU message") + "\n" + MessageText.of(message)
                            + "\n" + message.header().where() + "  " + EventFields.utc(message.header()) + "\n" + at(since))));
        }
        return items;
    }

    private void phases(MigrationAnalysis analysis) {
        for (Phase phase : analysis.phases().phases()) {
            Optional<Estimate> from = phase.from().sinceStart();
            Optional<Estimate> to = phase.to().sinceStart();
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            Row row = phase.crossesHosts() ? new Row(Lane.ACROSS, "phases across hosts")
                    : new Row(lane(phase.from().host()), phase.from().host().abbreviation() + " phases");
            String hover = ReportFacts.milestone(phase.from()) + " -> " + ReportFacts.milestone(phase.to())
                    + "\nduration " + Figures.ms(phase.duration()) + " ms"
                    + (phase.share().isPresent() ? "\nshare of the blackout " + Durations.percentOfFraction(phase.share().getAsDouble()) : "")
                    + (phase.crossesHosts() ? "\nacross hosts: as uncertain as the clock offset" : "");
            String colour = phase.crossesHosts() ? ACROSS_COLOUR : colour(phase.from().host());
            series.add(new Series(row, true, colour, null, 0.55, List.of(Item.bar(from.get(), to.get(), hover))));
        }
    }

    private void devices(MigrationAnalysis analysis) {
        for (Role host : Role.values()) {
            Optional<Run> run = analysis.migration().pair().run(host);
            if (run.isEmpty() || !axis.places(host)) {
                continue;
            }
            List<Item> bars = new ArrayList<>();
            for (DeviceDowntime device : run.get().devices()) {
                if (!device.header().hasTime()) {
                    continue;
                }
                // QEMU writes the line right after measuring the save or load: the bar ends at the line.
                Optional<Estimate> end = axis.since(host, device.header().micros());
                end.ifPresent(e -> {
                    Estimate start = e.plus(-device.downtimeMicros());
                    bars.add(Item.bar(start, e, EventHovers.device(device) + "\nends at " + Figures.ms(e) + " ms since "
                            + axis.reference()));
                    opensBy(start);
                });
            }
            series.add(new Series(new Row(lane(host), host == Role.SOURCE ? "src device saves" : "dst device loads"),
                    true, colour(host), null, 0.85, bars));
        }
    }

    /** The chart opens on the switchover: its checkpoints and device saves and loads, not the setup before. */
    private void opensBy(Estimate moment) {
        if (moment.value().isPresent()) {
            double at = moment.value().getAsLong();
            openingFrom = OptionalDouble.of(Math.min(at, openingFrom.orElse(at)));
        }
    }

    /** {@code at 106.714 ±1.315 ms since src-downtime-start (between 105.399 and 108.029)}: a moment as hover labels say it. */
    public String at(Estimate since) {
        String bounds = since.bounds().bounded() && !since.exact()
                ? " (between " + Durations.ms(since.bounds().low().getAsLong()) + " and "
                  + Durations.ms(since.bounds().high().getAsLong()) + ")" : "";
        return "at " + Figures.ms(since) + " ms since " + axis.reference() + bounds;
    }
}
