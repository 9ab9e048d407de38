package io.downtime.report.runs;

import io.downtime.report.Figures;
import io.downtime.report.migration.PredictionWords;
import io.downtime.clock.Estimate;
import io.downtime.run.Durations;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;
import io.downtime.runset.RunFigures;
import io.downtime.runset.SetMigration;
import io.downtime.trace.FileNames;

import java.util.Optional;

/** The cells that the listings of a run set share, so that text and CSV name things alike. */
final class RunColumns {
    private RunColumns() {
    }

    /** {@code src.log run 1}: the log's file name (the case names the directory) and the run's number. */
    static String run(Optional<Run> run) {
        return run.map(r -> FileNames.lastOf(r.id().input()) + " run " + r.id().index()).orElse("-");
    }

    /** {@code only runs}, {@code time}, {@code order}, {@code unpaired}. */
    static String pairing(MigrationPair pair) {
        return pair.basis().label();
    }

    /** The blackout as the report's tables print it ({@link Figures#ms(Estimate)}), with its unit. */
    static String blackout(SetMigration run) {
        return run.figures().blackout().map(estimate -> Figures.ms(estimate) + " ms").orElse("unknown");
    }

    /** QEMU's expected downtime with its unit, {@code -} when it predicted nothing or the trace does not say. */
    static String expected(RunFigures figures) {
        return figures.expectedDowntime().isPresent() ? Durations.ms(figures.expectedDowntime().getAsLong()) + " ms" : "-";
    }

    /** The prediction error as words, never a negative duration: {@code 14.425 ±0.788 ms over}, {@code -}. */
    static String predictionError(RunFigures figures) {
        return figures.predictionError().map(PredictionWords::overOrUnder).orElse("-");
    }
}
