package io.downtime.crosscheck;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.run.RunStatus;

import java.util.List;
import java.util.Optional;

/**
 * What {@code analyzer report} cross-checked: the tool reports read, and their cross-check with the
 * one migration they describe (empty without reports).
 */
public record CrossCheckResult(List<CrossCheckInput> inputs, Optional<MigrationCrossCheck> checked) {
    public CrossCheckResult {
        inputs = List.copyOf(inputs);
    }

    public static CrossCheckResult none() {
        return new CrossCheckResult(List.of(), Optional.empty());
    }

    /**
     * Compares the reports with the migration they describe: the only one reported, else (the logs
     * hold several and {@code --run} picked none) the last completed one, as {@code virsh domjobinfo
     * --completed} and {@code query-migrate} describe the latest migration.
     *
     * @param reported the migrations reported, in order
     * @param found    how many migrations the logs hold
     */
    public static CrossCheckResult of(List<CrossCheckInput> inputs, List<MigrationAnalysis> reported, int found) {
        if (inputs.isEmpty() || reported.isEmpty()) {
            return new CrossCheckResult(inputs, Optional.empty());
        }
        if (reported.size() == 1) {
            MigrationChoice choice = found == 1 ? MigrationChoice.ONLY_ONE_FOUND : MigrationChoice.PICKED_WITH_RUN;
            return new CrossCheckResult(inputs, Optional.of(MigrationCrossCheck.of(reported.get(0), inputs, choice)));
        }
        MigrationAnalysis chosen = reported.stream().filter(analysis -> analysis.migration().pair().source()
                        .map(run -> run.status() == RunStatus.COMPLETED).orElse(false))
                .reduce((first, second) -> second).orElse(reported.get(reported.size() - 1));
        return new CrossCheckResult(inputs, Optional.of(MigrationCrossCheck.of(chosen, inputs, MigrationChoice.LAST_COMPLETED)));
    }
}
