package io.downtime.report.runs;

import io.downtime.report.Renderer;
import io.downtime.metrics.MigrationMetrics;
import io.downtime.metrics.OpenMetricsText;
import io.downtime.report.words.StoredReasonWords;
import io.downtime.runset.MigrationColumns;
import io.downtime.runset.RunSet;
import io.downtime.runset.SetMigration;
import io.downtime.runset.StrictVerdicts;
import io.downtime.strict.PolicyVerdict;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code analyzer runs --format openmetrics}: the run set's monitoring aggregates, labelled by the run set's
 * {@code label} (docs/fleet.md, "Metrics"; {@code analyzer-fleet metrics} writes the same from its tables).
 */
final class OpenMetricsRunSetListing implements Renderer<RunSetDocument> {
    /** The one label column: the run set's label, one value per path given. */
    static final String LABEL = "label";
    private final PrintWriter out;

    OpenMetricsRunSetListing(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(RunSetDocument document) {
        RunSet set = document.set();
        Optional<StrictVerdicts> strict = document.strict();
        MigrationMetrics metrics = new MigrationMetrics(List.of(LABEL));
        List<MigrationColumns.Column> table = MigrationColumns.all(StoredReasonWords.SENTENCES);
        for (int i = 0; i < set.runs().size(); i++) {
            SetMigration run = set.runs().get(i);
            Function<String, Object> columns = name -> name.equals(LABEL) ? run.ref().label()
                    : MigrationColumns.named(table, name).value().apply(run);
            metrics.add(columns);
            if (strict.isPresent()) {
                for (PolicyVerdict verdict : strict.get().of(i).verdicts()) {
                    metrics.addVerdict(columns, verdict.policy(), verdict.limits(),
                            verdict.replayed() ? verdict.outcome().fired() : null);
                }
            }
        }
        OpenMetricsText.write(metrics.families(), out);
    }
}
