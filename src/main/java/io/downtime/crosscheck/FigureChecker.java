package io.downtime.crosscheck;

import io.downtime.blackout.Blackout;
import io.downtime.analysis.LibvirtMigration;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.SwitchoverPause;
import io.downtime.clock.Estimate;
import io.downtime.model.LineRef;
import io.downtime.model.StateChange;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationStates;
import io.downtime.run.Run;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sets one reported figure against the trace figure it measures, and, when they differ, finds in
 * the trace what explains it ({@link FigureExplanation}). docs/cross-checks.md says what each figure
 * measures.
 */
final class FigureChecker {
    private final MigrationAnalysis analysis;
    private final TraceFigures trace;
    private final Blackout blackout;
    private final Optional<Run> source;

    FigureChecker(MigrationAnalysis analysis, TraceFigures trace) {
        this.analysis = analysis;
        this.trace = trace;
        this.blackout = analysis.blackout();
        this.source = analysis.migration().pair().source();
    }

    FigureCheck check(ToolReport report, ToolFigure figure, long ms) {
        Optional<Estimate> traced = trace.value(figure.against());
        if (traced.isEmpty()) {
            return new FigureCheck(report, figure, ms, traced, Optional.empty(), Agreement.UNKNOWN, Optional.empty());
        }
        long reported = ms * 1000;
        long micros = traced.get().value().orElseThrow();
        Estimate difference = Estimate.exactly(reported).minus(traced.get());
        Agreement agreement = figure.agrees(reported, micros) ? Agreement.AGREES : Agreement.DIFFERS;
        Optional<FigureExplanation> explanation = agreement == Agreement.DIFFERS
                ? Optional.of(differs(report, figure, reported - micros, micros))
                : agreesButNotTheBlackout(report, figure);
        return new FigureCheck(report, figure, ms, traced, Optional.of(difference), agreement, explanation);
    }

    /** {@code difference} is reported − traced, both in µs. */
    private FigureExplanation differs(ToolReport report, ToolFigure figure, long difference, long traced) {
        boolean libvirt = report.source() == FigureSource.VIRSH_DOMJOBINFO;
        return switch (figure) {
            case DOWNTIME -> !libvirt ? new FigureExplanation.QemuDowntimeNotTraced()
                    : difference < 0 ? new FigureExplanation.LibvirtStartsAfterTheStop(
                            checkpoint(CheckpointCatalogue.SRC_VM_STOPPED))
                    : libvirtSwitchover(difference + traced);
            case DOWNTIME_WITHOUT_NETWORK -> new FigureExplanation.DowntimeLessTheNetwork(report.downtimeMs());
            case SETUP_TIME -> new FigureExplanation.SetupLongerThanTraced(trace.setupLines().orElseThrow());
            case TOTAL_TIME -> !libvirt ? new FigureExplanation.QemuTotalNotTraced(trace.totalLines().orElseThrow())
                    : difference < 0 ? new FigureExplanation.LibvirtJobShorterThanQemu(trace.totalLines().orElseThrow())
                    : new FigureExplanation.LibvirtJobAroundQemu(trace.totalLines().orElseThrow(), destinationPrepared());
            case TOTAL_TIME_WITHOUT_NETWORK -> new FigureExplanation.ElapsedLessTheNetwork();
        };
    }

    /** {@code reported} in µs. */
    private FigureExplanation libvirtSwitchover(long reported) {
        Optional<FigureExplanation.GuestStarted> guest = analysis.migration().pair().destination()
                .flatMap(Run::guestStarted).filter(x -> blackout.guestStopped().isPresent())
                .map(started -> new FigureExplanation.GuestStarted(started.header().where(),
                        analysis.libvirt().flatMap(LibvirtMigration::resumedLater).isPresent()));
        return new FigureExplanation.LibvirtTimesItsSwitchover(
                blackout.guestStopped().map(stopped -> Estimate.exactly(reported).minus(stopped)),
                source.flatMap(Run::lastState).map(state -> state.header().where()),
                checkpoint(CheckpointCatalogue.SRC_DOWNTIME_END), guest,
                analysis.pause().map(SwitchoverPause::phase).map(phase -> phase.duration().value())
                        .orElse(OptionalLong.empty()));
    }

    /** The destination QEMU libvirt started, and how long before it entered setup: part of libvirt's job the trace shows. */
    private Optional<FigureExplanation.DestinationPrepared> destinationPrepared() {
        Optional<Run> destination = analysis.migration().pair().destination();
        Optional<StateChange> setupState = destination.flatMap(run -> run.state(MigrationStates.SETUP))
                .filter(state -> state.header().hasTime());
        return destination.flatMap(Run::lifetime)
                .filter(lifetime -> lifetime.incoming() && lifetime.startMicros().isPresent() && setupState.isPresent())
                .map(lifetime -> new FigureExplanation.DestinationPrepared(
                        new LineRef(destination.get().id().input(), lifetime.firstLine()),
                        setupState.get().header().micros() - lifetime.startMicros().getAsLong(),
                        setupState.get().header().where()));
    }

    /** QEMU's downtime agrees with QEMU's figure; said when the blackout differs from that figure. */
    private Optional<FigureExplanation> agreesButNotTheBlackout(ToolReport report, ToolFigure figure) {
        if (report.source() == FigureSource.VIRSH_DOMJOBINFO || figure != ToolFigure.DOWNTIME) {
            return Optional.empty();
        }
        return blackout.explanation().map(FigureExplanation.AgreesButNotTheBlackout::new);
    }

    private Optional<LineRef> checkpoint(String name) {
        return source.flatMap(run -> run.checkpoint(name)).map(checkpoint -> checkpoint.header().where());
    }
}
