package io.downtime.report.migration;

import io.downtime.analysis.TimelineAxis;
import io.downtime.report.DisplayNames;
import io.downtime.report.MessageText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.downtime.blackout.Blackout;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.MilestoneKind;
import io.downtime.analysis.TimelineEntry;
import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.Checkpoint;
import io.downtime.model.TraceEvent;
import io.downtime.report.perfetto.ChromeTrace;
import io.downtime.report.perfetto.ChromeTrace.Track;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One migration in a {@link ChromeTrace}: a process per host, with its checkpoints and state changes as
 * instants, each device's save or load as a slice ending at its trace line with its {@code downtime=} as
 * duration, QEMU's messages, the blackout and QEMU's own figure as slices, and an arrow from
 * {@code src-downtime-start} to the destination's guest start. Every moment is placed as the report's
 * timeline places it ({@link TimelineAxis}: the destination's with the clock offset's estimate) and every
 * figure is the analysis's; nothing is computed here. docs/perfetto.md defines every field.
 */
public final class MigrationTrace {
    private final ChromeTrace trace;
    private final MigrationAnalysis analysis;
    private final TimelineAxis axis;
    private final DisplayNames names;
    private final Map<Role, Integer> pids = new EnumMap<>(Role.class);
    private final Map<String, Track> tracks = new LinkedHashMap<>();

    private MigrationTrace(ChromeTrace trace, MigrationAnalysis analysis, TimelineAxis axis, DisplayNames names) {
        this.trace = trace;
        this.analysis = analysis;
        this.axis = axis;
        this.names = names;
    }

    /**
     * Adds {@code analysis} to {@code trace}, its processes named after {@code prefix} (empty for a single
     * migration); empty, with nothing added, when its events cannot be placed in time (no timestamps).
     */
    public static Optional<MigrationTrace> add(ChromeTrace trace, MigrationAnalysis analysis, String prefix, DisplayNames names) {
        Optional<TimelineAxis> axis = TimelineAxis.of(analysis);
        if (axis.isEmpty()) {
            return Optional.empty();
        }
        MigrationTrace added = new MigrationTrace(trace, analysis, axis.get(), names);
        for (Role host : Role.values()) {
            Optional<Run> run = analysis.migration().pair().run(host);
            if (run.isPresent() && axis.get().places(host)) {
                added.pids.put(host, trace.process(prefix + host.label() + ": " + names.of(run.get().id().input())));
            }
        }
        added.milestones();
        added.messages();
        DeviceSlices.add(added);
        added.blackout();
        return Optional.of(added);
    }

    MigrationAnalysis analysis() {
        return analysis;
    }

    DisplayNames names() {
        return names;
    }

    public TimelineAxis axis() {
        return axis;
    }

    public ChromeTrace trace() {
        return trace;
    }

    /** The hosts that have a process in the trace. */
    public boolean has(Role host) {
        return pids.containsKey(host);
    }

    /**
     * The tracks of a host's process, top to bottom: the blackout and QEMU's figure, the checkpoints and
     * states, the device saves or loads (more tracks when slices overlap), QEMU's messages, then what
     * other commands add (the replay's checks).
     */
    public enum Lane {
        BLACKOUT(1), QEMU_FIGURE(2), CHECKPOINTS(3), STATES(4), DEVICES(10), MESSAGES(100), ADDED(200);

        private final int firstTid;

        Lane(int firstTid) {
            this.firstTid = firstTid;
        }
    }

    /** The {@code index}-th track (from 0) named {@code name} of {@code lane} in {@code host}'s process, made on first use. */
    public Track track(Role host, Lane lane, int index, String name) {
        return tracks.computeIfAbsent(host.abbreviation() + "/" + name,
                key -> trace.track(pids.get(host), lane.firstTid + index, name));
    }

    /** A track that another command adds (the replay's checks of one policy), after the others, made on first use. */
    public Track addedTrack(Role host, String name) {
        String key = host.abbreviation() + "/" + name;
        if (!tracks.containsKey(key)) {
            long added = tracks.keySet().stream().filter(k -> k.startsWith(host.abbreviation() + "/+")).count();
            tracks.put(key, trace.track(pids.get(host), Lane.ADDED.firstTid + (int) added, name));
            tracks.put(host.abbreviation() + "/+" + name, tracks.get(key));
        }
        return tracks.get(key);
    }

    /** The microsecond of the trace's time axis (the timeline's clock) at {@code since} µs after the reference. */
    public OptionalLong ts(Estimate since) {
        return since.value().isPresent() ? OptionalLong.of(axis.referenceMicros() + since.value().getAsLong())
                : OptionalLong.empty();
    }

    /**
     * The arguments every event of {@code host} carries: its line, its time on its own clock and, for a
     * destination placed on the source's clock, where it lies there and the clock offset it was placed with.
     */
    public ObjectNode args(Role host, String where, OptionalLong hostMicros, Optional<Estimate> since) {
        ObjectNode args = ChromeTrace.args();
        args.put("line", where);
        hostMicros.ifPresent(micros -> args.put("host_clock_us", micros));
        since.ifPresent(s -> estimate(args, "since_reference_us", s));
        if (host != axis.clock()) {
            since.ifPresent(s -> estimate(args, "source_clock_us", s.plus(axis.referenceMicros())));
            ClockAlignment clock = analysis.migration().clock();
            ObjectNode offset = args.putObject("clock_offset_us");
            interval(offset, clock.offset());
            if (clock.estimate().isPresent()) {
                offset.put("estimate", clock.estimate().getAsLong());
            } else {
                offset.putNull("estimate");
            }
            args.put("clock_alignment", clock.quality().label());
        }
        return args;
    }

    /** {@code {"low": .., "high": .., "estimate": ..}}, as the report's JSON writes an uncertain time. */
    public static void estimate(ObjectNode args, String field, Estimate estimate) {
        ObjectNode value = args.putObject(field);
        interval(value, estimate.bounds());
        if (estimate.value().isPresent()) {
            value.put("estimate", estimate.value().getAsLong());
        } else {
            value.putNull("estimate");
        }
    }

    private static void interval(ObjectNode value, Interval bounds) {
        if (bounds.low().isPresent()) {
            value.put("low", bounds.low().getAsLong());
        } else {
            value.putNull("low");
        }
        if (bounds.high().isPresent()) {
            value.put("high", bounds.high().getAsLong());
        } else {
            value.putNull("high");
        }
    }

    private void milestones() {
        for (TimelineEntry entry : analysis.timeline().entries()) {
            if (!has(entry.host()) || entry.sinceStart().isEmpty()) {
                continue;
            }
            OptionalLong ts = ts(entry.sinceStart().get());
            if (ts.isEmpty()) {
                continue;
            }
            boolean checkpoint = entry.kind() == MilestoneKind.CHECKPOINT;
            Track track = checkpoint ? track(entry.host(), Lane.CHECKPOINTS, 0, "checkpoints")
                    : track(entry.host(), Lane.STATES, 0, "migration states");
            ObjectNode args = args(entry.host(), names.of(entry.where()), entry.hostMicros(), entry.sinceStart());
            entry.step().ifPresent(step -> estimate(args, "step_us", step));
            trace.instant(track, checkpoint ? entry.name() : "state " + entry.name(), entry.kind().label(), ts.getAsLong(), args);
            if (checkpoint && isGuestStart(entry)) {
                flowEnd(track, ts.getAsLong());
            }
        }
    }

    private void messages() {
        for (Role host : Role.values()) {
            if (!has(host)) {
                continue;
            }
            for (TraceEvent message : analysis.migration().pair().run(host).orElseThrow().messages()) {
                if (!message.header().hasTime()) {
                    continue;
                }
                Optional<Estimate> since = axis.since(host, message.header().micros());
                OptionalLong ts = since.map(this::ts).orElse(OptionalLong.empty());
                if (ts.isPresent()) {
                    ObjectNode args = args(host, names.of(message.header().where()), message.header().timeMicros(), since);
                    trace.instant(track(host, Lane.MESSAGES, 0, "QEMU messages"), MessageText.of(message),
                            MessageText.warning(message) ? "warning" : "message", ts.getAsLong(), args);
                }
            }
        }
    }

    /**
     * The blackout from src-downtime-start: the guest stopped until it started on the destination (its
     * estimate; its bounds in the arguments), or, when the migration failed, until the source resumed it;
     * QEMU's own figure on a track of its own (it may end before or after the blackout). The arrow from
     * src-downtime-start to the guest's start on the destination leaves from the blackout's slice.
     */
    private void blackout() {
        if (!has(Role.SOURCE) || axis.clock() != Role.SOURCE) {
            return;
        }
        Optional<TimelineEntry> start = analysis.timeline().entries().stream()
                .filter(entry -> entry.is(CheckpointCatalogue.SRC_DOWNTIME_START)).findFirst();
        if (start.isEmpty() || start.get().sinceStart().isEmpty() || ts(start.get().sinceStart().get()).isEmpty()) {
            return;
        }
        long from = ts(start.get().sinceStart().get()).getAsLong();
        String where = names.of(start.get().where());
        Blackout blackout = analysis.blackout();
        if (blackout.guestStopped().isPresent() && blackout.guestStopped().get().value().isPresent()) {
            Estimate stopped = blackout.guestStopped().get();
            ObjectNode args = args(Role.SOURCE, where, start.get().hostMicros(), start.get().sinceStart());
            estimate(args, "guest_stopped_us", stopped);
            blackout.qemuDowntime().ifPresent(qemu -> args.put("qemu_downtime_us", qemu));
            Track track = track(Role.SOURCE, Lane.BLACKOUT, 0, "blackout");
            trace.slice(track, "guest stopped", "blackout", from, stopped.value().getAsLong(), args);
            if (has(Role.DESTINATION) && guestStart().isPresent()) {
                trace.flowStart(track, flowId(), "guest stopped -> started on destination", "blackout", from);
            }
        } else if (blackout.stoppedOnSource().isPresent()) {
            long stopped = blackout.stoppedOnSource().getAsLong();
            ObjectNode args = args(Role.SOURCE, where, start.get().hostMicros(), start.get().sinceStart());
            args.put("stopped_on_source_us", stopped);
            trace.slice(track(Role.SOURCE, Lane.BLACKOUT, 0, "blackout"), "stopped on source, then resumed there", "blackout", from, stopped, args);
        }
        if (blackout.qemuDowntime().isPresent()) {
            long figure = blackout.qemuDowntime().getAsLong();
            ObjectNode args = args(Role.SOURCE, where, start.get().hostMicros(), start.get().sinceStart());
            args.put("qemu_downtime_us", figure);
            trace.slice(track(Role.SOURCE, Lane.QEMU_FIGURE, 0, "QEMU's downtime figure"), "QEMU's downtime figure", "blackout", from, figure, args);
        }
    }

    private Optional<Checkpoint> guestStart() {
        return analysis.migration().pair().destination().flatMap(Run::guestStarted).filter(c -> c.header().hasTime());
    }

    private boolean isGuestStart(TimelineEntry entry) {
        return entry.host() == Role.DESTINATION && guestStart().map(c -> c.header().where().equals(entry.where())).orElse(false)
                && analysis.blackout().guestStopped().map(stopped -> stopped.value().isPresent()).orElse(false) && has(Role.SOURCE)
                && axis.clock() == Role.SOURCE;
    }

    private void flowEnd(Track track, long ts) {
        trace.flowEnd(track, flowId(), "guest stopped -> started on destination", "blackout", ts);
    }

    /** One arrow per migration: its pair's index. */
    private long flowId() {
        return analysis.migration().pair().index();
    }
}
