package io.downtime.crosscheck;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The cross-check of one migration: QEMU's and libvirt's own figures beside the trace's.
 *
 * @param migration the migration's number (what {@code --run} takes)
 * @param choice    why the reports are compared with this migration
 * @param trace     the trace's figures: blackout, QEMU's figure, QEMU's setup and total time
 * @param checks    every compared figure of every report, in the reports' order
 * @param notes     what else the reports say: a status the trace contradicts, figures not compared
 */
public record MigrationCrossCheck(int migration, MigrationChoice choice, List<TraceValue> trace,
                                  List<FigureCheck> checks, List<CrossCheckNote> notes) {
    public MigrationCrossCheck {
        trace = List.copyOf(trace);
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }

    /** Every figure of every report set against the trace's, in the reports' order. */
    static MigrationCrossCheck of(MigrationAnalysis analysis, List<CrossCheckInput> inputs, MigrationChoice choice) {
        TraceFigures trace = new TraceFigures(analysis);
        FigureChecker checker = new FigureChecker(analysis, trace);
        List<FigureCheck> checks = new ArrayList<>();
        List<CrossCheckNote> notes = new ArrayList<>();
        MigrationPair pair = analysis.migration().pair();
        for (CrossCheckInput input : inputs) {
            ToolReport report = input.report();
            for (ToolFigure figure : ToolFigure.values()) {
                OptionalLong value = figure.valueMs(report);
                if (value.isPresent()) {
                    checks.add(checker.check(report, figure, value.getAsLong()));
                }
            }
            contradictedStatus(report, pair).ifPresent(notes::add);
            notCompared(report).ifPresent(notes::add);
        }
        return new MigrationCrossCheck(pair.index(), choice, trace.values(), checks, notes);
    }

    /** A final status (completed, failed, cancelled) other than the traced source run's; an incomplete run is not contradicted. */
    private static Optional<CrossCheckNote> contradictedStatus(ToolReport report, MigrationPair pair) {
        Optional<String> said = report.status().map(status -> status.toLowerCase(Locale.ROOT));
        Optional<Run> source = pair.source();
        if (said.isEmpty() || source.isEmpty() || source.get().status() == RunStatus.INCOMPLETE) {
            return Optional.empty();
        }
        String reported = said.get();
        boolean terminal = reported.equals(RunStatus.COMPLETED.label()) || reported.equals(RunStatus.FAILED.label())
                || reported.equals(RunStatus.CANCELLED.label());
        if (!terminal || reported.equals(source.get().status().label())) {
            return Optional.empty();
        }
        return Optional.of(new CrossCheckNote.StatusContradicted(report, report.status().get(), source.get().status(),
                source.get().lastState().map(state -> state.header().where())));
    }

    private static Optional<CrossCheckNote> notCompared(ToolReport report) {
        if (report.expectedDowntimeMs().isEmpty() && report.downtimeBytes().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CrossCheckNote.FiguresNotCompared(report));
    }
}
