package io.downtime.gate;

import io.downtime.compare.Comparison;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.RunSetComparer;
import io.downtime.compare.Thresholds;
import io.downtime.runset.Baseline;

import java.util.List;
import java.util.Set;

/**
 * {@code kind: no-regression}: compared with the baseline by {@code analyzer compare}'s engine, no
 * figure of the selected kinds is a regression: significantly larger by at least
 * {@code max_change_us} and {@code max_change_pct}. One result for the whole run set.
 *
 * @param figures the figure kinds checked ({@code blackout}, {@code qemu_downtime}, {@code expected_downtime},
 *                {@code prediction_error}, {@code phase}, {@code device_save}, {@code device_load})
 */
public record NoRegressionRule(String name, Thresholds thresholds, Set<String> figures) implements Rule {
    /** The kinds a rule may name. */
    public static final Set<String> ALL_FIGURES = Set.of("blackout", "qemu_downtime", "expected_downtime",
            "prediction_error", "phase", "device_save", "device_load");
    /**
     * The kinds checked when a rule names none: not QEMU's expected downtime and prediction error, which
     * change when QEMU's estimate does, not the guest's downtime (name them, or use a prediction-error rule).
     */
    public static final Set<String> DEFAULT_FIGURES = Set.of("blackout", "qemu_downtime", "phase", "device_save",
            "device_load");

    public NoRegressionRule {
        figures = Set.copyOf(figures);
    }

    @Override
    public String kind() {
        return "no-regression";
    }


    @Override
    public List<RuleResult> check(GateContext context) {
        Baseline baseline = context.baseline().orElseThrow(() ->
                new IllegalStateException("rule " + name + " needs a baseline; the rules file reader checks this"));
        Comparison comparison = RunSetComparer.compare(baseline.label(), baseline.runs(), "candidate",
                context.set().figures(), thresholds, ComparisonMethod.withoutInterval());
        List<FigureComparison> regressions = comparison.regressions().stream()
                .filter(figure -> figures.contains(figure.figure().kind())).toList();
        return List.of(new RuleResult(this, RuleResult.ALL_RUNS, regressions.isEmpty() ? CheckStatus.PASSED
                : CheckStatus.FAILED, new Finding.Regressions(regressions, context.set().runs().size(),
                baseline.runs().size(), baseline.label())));
    }
}
