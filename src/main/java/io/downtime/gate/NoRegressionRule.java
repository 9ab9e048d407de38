package io.downtime.gate;

import io.downtime.compare.Change;
import io.downtime.compare.Comparison;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.Numbers;
import io.downtime.compare.RunSetComparer;
import io.downtime.compare.Thresholds;
import io.downtime.run.Durations;
import io.downtime.runset.Baseline;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

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
    private static final int NAMED = 3;

    public NoRegressionRule {
        figures = Set.copyOf(figures);
    }

    @Override
    public String kind() {
        return "no-regression";
    }

    @Override
    public String demand() {
        return "no regression beyond " + Durations.percent(thresholds.minChangePercent()) + " and "
                + thresholds.minChangeMicros() + " µs against the baseline (p ≤ " + Numbers.p(thresholds.alpha()) + ")";
    }

    @Override
    public List<RuleResult> check(GateContext context) {
        Baseline baseline = context.baseline().orElseThrow(() ->
                new IllegalStateException("rule " + name + " needs a baseline; the rules file reader checks this"));
        Comparison comparison = RunSetComparer.compare(baseline.label(), baseline.runs(), "candidate",
                context.set().figures(), thresholds, ComparisonMethod.withoutInterval());
        List<FigureComparison> regressions = comparison.regressions().stream()
                .filter(figure -> figures.contains(figure.figure().kind())).toList();
        String subject = RuleResult.ALL_RUNS;
        String limit = "+" + Durations.percent(thresholds.minChangePercent()) + " and +" + thresholds.minChangeMicros() + " µs";
        String against = " (" + context.set().runs().size() + " migrations against " + baseline.runs().size()
                + " of baseline " + baseline.label() + ")";
        if (regressions.isEmpty()) {
            return List.of(new RuleResult(this, subject, CheckStatus.PASSED, Optional.of("no regression"),
                    OptionalLong.empty(), limit, "no figure regressed beyond " + limit + against));
        }
        String named = regressions.stream().limit(NAMED)
                .map(NoRegressionRule::regressed).collect(Collectors.joining("; "));
        String more = regressions.size() > NAMED ? "; and " + (regressions.size() - NAMED) + " more" : "";
        return List.of(new RuleResult(this, subject, CheckStatus.FAILED,
                Optional.of(regressions.size() + " regression" + (regressions.size() == 1 ? "" : "s")),
                OptionalLong.empty(), limit, "regressed beyond " + limit + ": " + named + more + against));
    }

    /** {@code blackout +12.3 ms (+4.5%), p = 0.0321}: a regression's figure and change, as analyzer compare gives its reason. */
    private static String regressed(FigureComparison figure) {
        Change change = figure.change().orElseThrow();
        return figure.figure().label() + " " + Numbers.change(change.medianDelta(), change.medianDeltaPercent(),
                change.test().pValue());
    }
}
