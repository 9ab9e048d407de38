package io.downtime.crosscheck;

import io.downtime.analysis.Blackout;
import io.downtime.analysis.LibvirtMigration;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.SwitchoverPause;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.Checkpoint;
import io.downtime.model.LineRef;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.Durations;
import io.downtime.run.MigrationPair;
import io.downtime.run.MigrationStates;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sets QEMU's and libvirt's own figures beside the trace's and explains every mismatch in one
 * sentence, with the trace lines that show why. What each figure measures is in docs/cross-checks.md.
 */
public final class CrossCheck {
    /**
     * QEMU and libvirt read a millisecond clock at both ends of what they time, so a figure of
     * {@code r} ms stands for a true duration within 1 ms of it either way: closer than this agrees.
     */
    static final long RESOLUTION_MICROS = 1_000;

    private CrossCheck() {
    }

    /**
     * Compares the reports with the migration they describe: the only one reported, else (the logs
     * hold several and {@code --run} picked none) the last completed one, as {@code virsh domjobinfo
     * --completed} and {@code query-migrate} describe the latest migration.
     *
     * @param reported   the migrations reported, in order
     * @param found      how many migrations the logs hold
     */
    public static CrossCheckReport of(List<CrossCheckInput> inputs, List<MigrationAnalysis> reported, int found) {
        if (inputs.isEmpty() || reported.isEmpty()) {
            return new CrossCheckReport(inputs, Optional.empty());
        }
        MigrationAnalysis chosen;
        String why;
        if (reported.size() == 1) {
            chosen = reported.get(0);
            int index = chosen.migration().pair().index();
            why = found == 1 ? "with the only migration found" : "with migration " + index + ", the one --run picked";
        } else {
            chosen = reported.stream().filter(analysis -> analysis.migration().pair().source()
                    .map(run -> run.status() == RunStatus.COMPLETED).orElse(false))
                    .reduce((first, second) -> second).orElse(reported.get(reported.size() - 1));
            why = "with migration " + chosen.migration().pair().index() + ", the last completed one:"
                    + " virsh domjobinfo --completed and query-migrate describe the latest migration"
                    + " (--run N compares them with another)";
        }
        return new CrossCheckReport(inputs, Optional.of(compare(chosen, inputs, why)));
    }

    static CrossChecks compare(MigrationAnalysis analysis, List<CrossCheckInput> inputs, String why) {
        Evidence evidence = new Evidence(analysis);
        List<FigureCheck> checks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CrossCheckInput input : inputs) {
            ReportedFigures report = input.figures();
            for (ReportedFigure figure : ReportedFigure.values()) {
                OptionalLong value = figure.valueMs(report);
                if (value.isPresent()) {
                    checks.add(evidence.check(report, figure, value.getAsLong()));
                }
            }
            status(report, analysis.migration().pair()).ifPresent(notes::add);
            notCompared(report).ifPresent(notes::add);
        }
        return new CrossChecks(analysis.migration().pair().index(), why, evidence.traceValues(), checks, notes);
    }

    private static Optional<String> status(ReportedFigures report, MigrationPair pair) {
        Optional<String> said = report.status().map(status -> status.toLowerCase(Locale.ROOT));
        Optional<Run> source = pair.source();
        if (said.isEmpty() || source.isEmpty() || source.get().status() == RunStatus.INCOMPLETE) {
            return Optional.empty();
        }
        String reported = said.get();
        boolean terminal = reported.equals(RunStatus.COMPLETED.label()) || reported.equals(RunStatus.FAILED.label())
                || reported.equals(RunStatus.CANCELLED.label());
        String traced = source.get().status().label();
        if (!terminal || reported.equals(traced)) {
            return Optional.empty();
        }
        return Optional.of(report.origin() + " says the migration is " + report.status().get()
                + ", but the traced source run " + traced + " ("
                + source.get().lastState().map(state -> state.header().where().toString()).orElse("") + ")"
                + ": the report is of another migration than the one traced");
    }

    private static Optional<String> notCompared(ReportedFigures report) {
        List<String> parts = new ArrayList<>();
        report.expectedDowntimeMs().ifPresent(ms -> parts.add("expected downtime " + ms
                + " ms (QEMU's estimate before switchover, not a measurement)"));
        report.downtimeBytes().ifPresent(size -> parts.add("RAM sent while the guest was stopped "
                + (size.isExact() ? size.bytes() + " bytes" : "at least " + size.bytes() + " bytes, in whole KiB")
                + " (the trace counts no bytes)"));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(report.origin() + " also reports " + String.join(" and ", parts) + ": not compared");
    }

    /** The trace's figures and the lines that explain a mismatch. */
    private static final class Evidence {
        private final MigrationAnalysis analysis;
        private final Blackout blackout;
        private final Optional<Run> source;
        private final Optional<QemuIntervals.Span> setup;
        private final Optional<QemuIntervals.Span> total;

        Evidence(MigrationAnalysis analysis) {
            this.analysis = analysis;
            this.blackout = analysis.blackout();
            this.source = analysis.migration().pair().source();
            this.setup = QemuIntervals.setup(source);
            this.total = QemuIntervals.total(source);
        }

        List<TraceValue> traceValues() {
            return List.of(
                    new TraceValue(TraceFigure.BLACKOUT, blackout.guestStopped(), blackout.unavailable()),
                    new TraceValue(TraceFigure.QEMU_DOWNTIME, exact(blackout.qemuDowntime()), blackout.qemuDowntimeUnavailable()),
                    new TraceValue(TraceFigure.QEMU_SETUP, setup.map(span -> Estimate.exactly(span.micros())),
                            setup.isPresent() ? Optional.empty() : Optional.of(QemuIntervals.unavailable(source, MigrationStates.ACTIVE))),
                    new TraceValue(TraceFigure.QEMU_TOTAL, total.map(span -> Estimate.exactly(span.micros())),
                            total.isPresent() ? Optional.empty() : Optional.of(QemuIntervals.unavailable(source, MigrationStates.COMPLETED))));
        }

        FigureCheck check(ReportedFigures report, ReportedFigure figure, long ms) {
            Optional<Estimate> trace = value(figure.against());
            if (trace.isEmpty()) {
                return new FigureCheck(report, figure, ms, trace, Optional.empty(), Agreement.UNKNOWN, Optional.empty());
            }
            long reported = ms * 1000;
            long traced = trace.get().value().orElseThrow();
            Estimate difference = Estimate.exactly(reported).minus(trace.get());
            Agreement agreement = agrees(figure, reported, traced) ? Agreement.AGREES : Agreement.DIFFERS;
            Optional<String> sentence = agreement == Agreement.DIFFERS
                    ? Optional.of(differs(report, figure, ms, traced))
                    : agreesButNotTheBlackout(report, figure, ms, traced);
            return new FigureCheck(report, figure, ms, trace, Optional.of(difference), agreement, sentence);
        }

        /**
         * Setup-time starts after the connection is made, so the trace's setup -> active only bounds
         * it from above; every other figure measures its trace interval to the millisecond.
         */
        private static boolean agrees(ReportedFigure figure, long reported, long traced) {
            if (figure == ReportedFigure.SETUP_TIME) {
                return reported < traced + RESOLUTION_MICROS;
            }
            return Math.abs(reported - traced) < RESOLUTION_MICROS;
        }

        private Optional<Estimate> value(TraceFigure figure) {
            return switch (figure) {
                case BLACKOUT -> blackout.guestStopped();
                case QEMU_DOWNTIME -> exact(blackout.qemuDowntime());
                case QEMU_SETUP -> setup.map(span -> Estimate.exactly(span.micros()));
                case QEMU_TOTAL -> total.map(span -> Estimate.exactly(span.micros()));
            };
        }

        private String differs(ReportedFigures report, ReportedFigure figure, long ms, long traced) {
            boolean libvirt = report.source() == FigureSource.VIRSH_DOMJOBINFO;
            String named = (libvirt ? "libvirt's " : "QEMU's ") + figure.name(report.source()) + ", " + ms + " ms ("
                    + origin(report) + "),";
            long difference = ms * 1000 - traced;
            return switch (figure) {
                case DOWNTIME -> libvirt ? libvirtDowntime(named, difference, traced) : qemuDowntime(named, traced);
                case DOWNTIME_WITHOUT_NETWORK -> named + " is its Total downtime less the time libvirt measured between"
                        + " the two daemons (the network and any difference of the hosts' clocks"
                        + report.downtimeMs().stream().mapToObj(total -> ": " + total + " - " + ms + " = " + (total - ms)
                        + " ms here").findFirst().orElse("") + "), so it is " + more(difference) + " QEMU's figure ("
                        + Durations.of(traced) + ") for the same reasons as the Total downtime.";
                case SETUP_TIME -> named + " is longer than the trace's setup -> active on the source ("
                        + Durations.of(traced) + ", " + span(setup) + "), which contains all of QEMU's setup-time"
                        + " (it starts once connected and ends at active): the report is of another migration than"
                        + " the one traced.";
                case TOTAL_TIME -> libvirt ? libvirtElapsed(named, difference, traced)
                        : named + " is not the trace's setup -> completed on the source (" + Durations.of(traced) + ", "
                        + span(total) + ") to the millisecond, though QEMU's total-time counts just that: the report"
                        + " is of another migration than the one traced.";
                case TOTAL_TIME_WITHOUT_NETWORK -> named + " is its Time elapsed less the time libvirt measured between"
                        + " the two daemons, so it is " + more(difference) + " QEMU's total time ("
                        + Durations.of(traced) + ") for the same reasons as the Time elapsed.";
            };
        }

        private String libvirtDowntime(String named, long difference, long traced) {
            if (difference < 0) {
                return named + " is " + more(difference) + " QEMU's figure (" + Durations.of(traced) + "): libvirt"
                        + " starts timing only once it has handled QEMU's STOP event, after src-vm-stopped"
                        + line(checkpoint(CheckpointCatalogue.SRC_VM_STOPPED)) + ", and the value it shows is taken"
                        + " by the destination's daemon against the source's stop time, so a difference of the hosts'"
                        + " clocks enters it (its Downtime w/o network removes libvirt's estimate of that).";
            }
            StringBuilder sentence = new StringBuilder(named).append(" is ").append(more(difference))
                    .append(" QEMU's figure (").append(Durations.of(traced)).append(')');
            blackout.guestStopped().ifPresent(stopped -> sentence.append(" and ")
                    .append(more(Estimate.exactly(difference + traced).minus(stopped))).append(" the blackout"));
            sentence.append(": libvirt times it on libvirtd's clock, from its handling of QEMU's STOP event to the end"
                    + " of its own switchover work after QEMU's completed")
                    .append(line(source.flatMap(Run::lastState)))
                    .append(", so it adds libvirt's event handling, its statistics query and the messages between the"
                            + " two daemons, none of which a QEMU trace records; QEMU's figure ends at src-downtime-end")
                    .append(line(checkpoint(CheckpointCatalogue.SRC_DOWNTIME_END)));
            analysis.migration().pair().destination().flatMap(Run::guestStarted).filter(x -> blackout.guestStopped().isPresent())
                    .ifPresent(started -> sentence.append(" and the blackout when the destination's guest was ")
                            .append(analysis.libvirt().flatMap(LibvirtMigration::resumedLater).isPresent() ? "ready" : "started")
                            .append(" (").append(started.header().where()).append(')'));
            analysis.pause().map(SwitchoverPause::phase).flatMap(phase -> phase.duration().value().stream().boxed().findFirst())
                    .ifPresent(held -> sentence.append(", both already containing libvirt's ").append(Durations.of(held))
                            .append(" hold in pre-switchover"));
            return sentence.append('.').toString();
        }

        private static String qemuDowntime(String named, long traced) {
            return named + " is not QEMU's figure from the trace (" + Durations.of(traced) + ") to the millisecond,"
                    + " though QEMU's counter runs exactly from src-downtime-start to src-downtime-end: the report"
                    + " is of another migration than the one traced.";
        }

        private String libvirtElapsed(String named, long difference, long traced) {
            if (difference < 0) {
                return named + " is " + more(difference) + " QEMU's own migration (" + Durations.of(traced) + ", "
                        + span(total) + "), which libvirt's job contains: the report is of another migration than the"
                        + " one traced.";
            }
            StringBuilder sentence = new StringBuilder(named).append(" is the duration of libvirt's whole migration"
                    + " job on that host, of which QEMU's migration (").append(span(total)).append(") took ")
                    .append(Durations.of(traced)).append("; the rest is libvirt's own work before and after it");
            destinationPrepared().ifPresent(sentence::append);
            return sentence.append('.').toString();
        }

        /** {@code , such as starting the destination QEMU (dst.log:1), 291.773 ms before it entered setup (dst.log:51)}. */
        private Optional<String> destinationPrepared() {
            Optional<Run> destination = analysis.migration().pair().destination();
            Optional<StateChange> setupState = destination.flatMap(run -> run.state(MigrationStates.SETUP))
                    .filter(state -> state.header().hasTime());
            return destination.flatMap(Run::lifetime)
                    .filter(lifetime -> lifetime.incoming() && lifetime.startMicros().isPresent() && setupState.isPresent())
                    .map(lifetime -> ", such as starting the destination QEMU ("
                            + new LineRef(destination.get().id().input(), lifetime.firstLine()) + "), "
                            + Durations.of(setupState.get().header().micros() - lifetime.startMicros().getAsLong())
                            + " before it entered setup (" + setupState.get().header().where() + ")");
        }

        private Optional<String> agreesButNotTheBlackout(ReportedFigures report, ReportedFigure figure, long ms, long traced) {
            if (report.source() == FigureSource.VIRSH_DOMJOBINFO || figure != ReportedFigure.DOWNTIME
                    || blackout.explanation().isEmpty()) {
                return Optional.empty();
            }
            String explanation = blackout.explanation().get();
            return Optional.of("QEMU's downtime, " + ms + " ms (" + origin(report) + "), is QEMU's figure ("
                    + Durations.of(traced) + ") to the millisecond and differs from the blackout as that figure does: "
                    + Character.toLowerCase(explanation.charAt(0)) + explanation.substring(1));
        }

        private Optional<Checkpoint> checkpoint(String name) {
            return source.flatMap(run -> run.checkpoint(name));
        }

        private static String line(Optional<? extends TraceEvent> event) {
            return event.map(e -> " (" + e.header().where() + ")").orElse("");
        }

        private static String span(Optional<QemuIntervals.Span> span) {
            return span.map(s -> s.from().header().where() + " -> " + s.to().header().where()).orElse("");
        }
    }

    /** {@code src-domjobinfo.txt, outgoing}. */
    static String origin(ReportedFigures report) {
        return report.origin() + report.direction().map(direction -> ", " + direction.name().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    /** {@code 12.143 ms more than}, {@code 1 ms less than}. */
    private static String more(long difference) {
        return Durations.of(Math.abs(difference)) + (difference >= 0 ? " more than" : " less than");
    }

    /** {@code 12.143 to 21.267 ms more than}, for a difference known within bounds. */
    private static String more(Estimate difference) {
        Interval bounds = difference.bounds();
        if (bounds.exact()) {
            return more(bounds.low().getAsLong());
        }
        if (bounds.boundedBelow() && bounds.low().getAsLong() >= 0) {
            return bounds.boundedAbove()
                    ? Durations.of(bounds.low().getAsLong()) + " to " + Durations.of(bounds.high().getAsLong()) + " more than"
                    : "at least " + Durations.of(bounds.low().getAsLong()) + " more than";
        }
        if (bounds.boundedAbove() && bounds.high().getAsLong() <= 0) {
            return bounds.boundedBelow()
                    ? Durations.of(-bounds.high().getAsLong()) + " to " + Durations.of(-bounds.low().getAsLong()) + " less than"
                    : "at least " + Durations.of(-bounds.high().getAsLong()) + " less than";
        }
        return "within the uncertainty of";
    }

    private static Optional<Estimate> exact(OptionalLong micros) {
        return micros.isPresent() ? Optional.of(Estimate.exactly(micros.getAsLong())) : Optional.empty();
    }
}
