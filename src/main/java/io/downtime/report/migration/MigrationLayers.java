package io.downtime.report.migration;

import io.downtime.blackout.Blackout;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.Phase;
import io.downtime.analysis.TimelineAxis;
import io.downtime.analysis.TimelineEntry;
import io.downtime.clock.Estimate;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.TraceEvent;
import io.downtime.report.EventFields;
import io.downtime.report.EventHovers;
import io.downtime.report.Figures;
import io.downtime.report.MessageText;
import io.downtime.report.html.MarkerSymbol;
import io.downtime.report.migration.TimelineLayers.Item;
import io.downtime.report.migration.TimelineLayers.Lane;
import io.downtime.report.migration.TimelineLayers.Row;
import io.downtime.report.migration.TimelineLayers.Series;
import io.downtime.report.migration.TimelineLayers.Span;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Durations;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a migration's analysis draws on its {@link SwitchoverTimeline}: the blackout against QEMU's figure,
 * each host's checkpoints, states and QEMU messages, the phases, and each device's save or load, every
 * moment placed by the {@link TimelineAxis}; and where the chart opens (the first checkpoint or device bar:
 * before it lie setup and active).
 */
final class MigrationLayers {
    private final TimelineAxis axis;
    private final List<Series> series = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    /** Where the chart opens (µs since the reference). */
    private OptionalDouble openingFrom = OptionalDouble.empty();

    private MigrationLayers(TimelineAxis axis) {
        this.axis = axis;
    }

    static MigrationLayers of(MigrationAnalysis analysis, TimelineAxis axis) {
        MigrationLayers layers = new MigrationLayers(axis);
        layers.blackout(analysis);
        layers.milestones(analysis);
        layers.phases(analysis);
        layers.devices(analysis);
        return layers;
    }

    List<Series> series() {
        return series;
    }

    List<Span> spans() {
        return spans;
    }

    OptionalDouble openingFrom() {
        return openingFrom;
    }

    private static Lane lane(Role host) {
        return host == Role.SOURCE ? Lane.SOURCE : Lane.DESTINATION;
    }

    private static String colour(Role host) {
        return host == Role.SOURCE ? SwitchoverTimeline.SOURCE_COLOUR : SwitchoverTimeline.DESTINATION_COLOUR;
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
            series.add(new Series(new Row(Lane.BLACKOUT, "stopped on source"), true, SwitchoverTimeline.BLACKOUT_COLOUR, null, 1.0,
                    List.of(new Item(from, Estimate.exactly(at + stopped), "on the source: stopped at least "
                            + Durations.ms(stopped) + " ms\nsrc-downtime-start -> the source's failure,"
                            + " then QEMU resumed it on the source",
                            "at least " + Durations.ms(stopped) + " ms, then resumed on the source", false))));
            spans.add(Span.between(at, at + stopped, SwitchoverTimeline.BLACKOUT_COLOUR, 0.10));
        }
        if (blackout.qemuDowntime().isPresent()) {
            long figure = blackout.qemuDowntime().getAsLong();
            series.add(new Series(new Row(Lane.BLACKOUT, "QEMU's figure"), true, SwitchoverTimeline.QEMU_COLOUR, null, 1.0,
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
        series.add(new Series(row, true, SwitchoverTimeline.BLACKOUT_COLOUR, null, 1.0,
                List.of(new Item(from, certainEnd, hover, text, false))));
        spans.add(Span.between(at, at + certain, SwitchoverTimeline.BLACKOUT_COLOUR, 0.10));
        if (!stopped.exact()) {
            boolean open = stopped.bounds().high().isEmpty();
            Estimate end = open ? certainEnd : Estimate.exactly(at + stopped.bounds().high().getAsLong());
            series.add(new Series(row, true, SwitchoverTimeline.BLACKOUT_COLOUR, null, 0.3,
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
                        + "\n" + SwitchoverTimeline.at(axis, entry.sinceStart().get())
                        + entry.step().map(step -> "\nstep " + Figures.ms(step) + " ms").orElse("");
                (entry.kind() == MilestoneKind.CHECKPOINT ? checkpoints : states).add(Item.mark(entry.sinceStart().get(), hover));
                if (entry.kind() == MilestoneKind.CHECKPOINT) {
                    opensBy(entry.sinceStart().get());
                }
            }
            List<Item> messages = messages(analysis, host);
            series.add(new Series(new Row(lane(host), host.abbreviation() + " checkpoints"), false, colour(host),
                    MarkerSymbol.DIAMOND, 1.0, checkpoints));
            Row stateRow = new Row(lane(host), host.abbreviation() + (messages.isEmpty() ? " states" : " states, messages"));
            series.add(new Series(stateRow, false, colour(host), MarkerSymbol.CIRCLE, 1.0, states));
            series.add(new Series(stateRow, false, SwitchoverTimeline.BLACKOUT_COLOUR, MarkerSymbol.X, 1.0, messages));
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
                            + "\n" + message.header().where() + "  " + EventFields.utc(message.header()) + "\n" + SwitchoverTimeline.at(axis, since))));
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
            String colour = phase.crossesHosts() ? SwitchoverTimeline.ACROSS_COLOUR : colour(phase.from().host());
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
}
