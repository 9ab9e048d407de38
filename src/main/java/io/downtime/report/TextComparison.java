package io.downtime.report;

import io.downtime.compare.Change;
import io.downtime.compare.Comparison;
import io.downtime.compare.ComparisonMethod;
import io.downtime.compare.FigureComparison;
import io.downtime.compare.Numbers;
import io.downtime.compare.SampleSummary;
import io.downtime.compare.SetDescription;
import io.downtime.compare.Thresholds;
import io.downtime.compare.Verdict;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code analyzer compare} for a terminal or a bug report: the method, the verdict, one table of
 * figures ordered by their impact on the blackout, the changes in sentences, the notes.
 */
final class TextComparison implements ComparisonRenderer {
    private final PrintWriter out;
    private final int top;

    TextComparison(PrintWriter out, int top) {
        this.out = out;
        this.top = top;
    }

    @Override
    public void render(Comparison comparison) {
        String title = "Comparison: " + side("baseline", comparison.baseline()) + " vs "
                + side("candidate", comparison.candidate());
        out.println(title);
        out.println("=".repeat(title.length()));
        method(comparison.method(), comparison.thresholds());
        out.println();
        verdict(comparison);
        out.println();
        table(comparison);
        changes(comparison);
        if (!comparison.notes().isEmpty()) {
            comparison.notes().forEach(note -> out.println("note: " + note));
        }
        out.flush();
    }

    private static String side(String role, SetDescription set) {
        return role + " " + set.label() + " (" + set.runs().size() + " migration" + (set.runs().size() == 1 ? "" : "s")
                + ", " + set.completed() + " completed)";
    }

    private void method(ComparisonMethod method, Thresholds thresholds) {
        out.println("  test      " + ComparisonMethod.TEST + ", significance level " + Numbers.p(thresholds.alpha()));
        out.println("  reported  a change when significant and the median moved by at least "
                + thresholds.minChangeMicros() + " µs and " + Numbers.percent(thresholds.minChangePercent())
                + " of the baseline's");
        if (method.bootstrapResamples() > 0) {
            out.println("  interval  " + Numbers.percent(method.confidence() * 100) + " " + ComparisonMethod.INTERVAL
                    + " (" + method.bootstrapResamples() + " resamples, seed " + method.bootstrapSeed() + ")");
        }
        out.println("  values    ms; ≥ marks medians of lower bounds (see the notes); P95/MAX is the 95th percentile"
                + " from " + SampleSummary.P95_MIN_RUNS + " runs on, the maximum below");
    }

    private void verdict(Comparison comparison) {
        List<String> parts = new ArrayList<>();
        for (Verdict verdict : List.of(Verdict.REGRESSION, Verdict.IMPROVEMENT, Verdict.ONLY_BASELINE,
                Verdict.ONLY_CANDIDATE, Verdict.TOO_FEW_RUNS, Verdict.UNKNOWN)) {
            int count = comparison.with(verdict).size();
            if (count > 0 || verdict.changed()) {
                parts.add(count + " " + verdict.label() + (verdict.changed() && count != 1 ? "s" : ""));
            }
        }
        out.println("Verdict: " + String.join(", ", parts) + "; " + comparison.with(Verdict.NO_CHANGE).size()
                + " without change, of " + comparison.figures().size() + " figures");
    }

    private void table(Comparison comparison) {
        TextTable table = new TextTable(out)
                .column("FIGURE", TextTable.Align.LEFT)
                .column("HOST", TextTable.Align.LEFT)
                .column("N", TextTable.Align.RIGHT)
                .column("BASE MEDIAN", TextTable.Align.RIGHT)
                .column("P95/MAX", TextTable.Align.RIGHT)
                .column("N", TextTable.Align.RIGHT)
                .column("CAND MEDIAN", TextTable.Align.RIGHT)
                .column("P95/MAX", TextTable.Align.RIGHT)
                .column("Δ MEDIAN", TextTable.Align.RIGHT)
                .column("Δ %", TextTable.Align.RIGHT)
                .column("INTERVAL", TextTable.Align.RIGHT)
                .column("P", TextTable.Align.RIGHT)
                .column("VERDICT", TextTable.Align.LEFT);
        int shown = 0;
        int hidden = 0;
        for (FigureComparison figure : comparison.figures()) {
            boolean always = figure.verdict() != Verdict.NO_CHANGE && figure.verdict() != Verdict.TOO_FEW_RUNS
                    || shown < 2;
            if (!always && top > 0 && shown >= top) {
                hidden++;
                continue;
            }
            shown++;
            Change change = figure.change().orElse(null);
            table.row(figure.figure().label(), figure.figure().hosts(),
                    Integer.toString(figure.baseline().count()), median(figure.baseline()), upper(figure.baseline()),
                    Integer.toString(figure.candidate().count()), median(figure.candidate()), upper(figure.candidate()),
                    change == null ? "" : signedMs(change.medianDelta()),
                    change == null || change.medianDeltaPercent().isEmpty() ? ""
                            : Numbers.signedPercent(change.medianDeltaPercent().getAsDouble()),
                    change == null || change.interval().isEmpty() ? ""
                            : signedMs(change.interval().get().low()) + ".." + signedMs(change.interval().get().high()),
                    change == null ? "" : Numbers.p(change.test().pValue()),
                    figure.verdict().label());
        }
        table.finish();
        if (hidden > 0) {
            out.println("(" + hidden + " more figures, none of them changed; --top 0 lists them all)");
        }
        out.println();
    }

    private void changes(Comparison comparison) {
        List<FigureComparison> listed = comparison.figures().stream()
                .filter(f -> f.verdict() != Verdict.NO_CHANGE && f.verdict() != Verdict.TOO_FEW_RUNS)
                .collect(Collectors.toList());
        // Too few runs is said once per reason: with few runs it holds for nearly every figure.
        Map<String, Long> tooFew = comparison.with(Verdict.TOO_FEW_RUNS).stream()
                .collect(Collectors.groupingBy(FigureComparison::reason, LinkedHashMap::new, Collectors.counting()));
        if (listed.isEmpty() && tooFew.isEmpty()) {
            return;
        }
        out.println("Why");
        for (FigureComparison figure : listed) {
            out.println("  " + figure.verdict().label() + ": " + figure.figure().label() + " (" + figure.figure().hosts()
                    + "): " + figure.reason());
        }
        tooFew.forEach((reason, count) -> out.println("  " + Verdict.TOO_FEW_RUNS.label() + ": " + count + " figure"
                + (count == 1 ? "" : "s") + ": " + reason));
        out.println();
    }

    private static String median(SampleSummary sample) {
        if (sample.median().isEmpty()) {
            return sample.unknown() > 0 ? "?" : "-";
        }
        return (sample.lowerBounds() > 0 ? "≥" : "") + Numbers.ms(sample.median().getAsDouble());
    }

    private static String upper(SampleSummary sample) {
        if (sample.max().isEmpty()) {
            return "";
        }
        long value = sample.p95().isPresent() ? sample.p95().getAsLong() : sample.max().getAsLong();
        return (sample.lowerBounds() > 0 ? "≥" : "") + Numbers.ms(value);
    }

    private static String signedMs(double micros) {
        return (micros >= 0 ? "+" : "-") + Numbers.ms(Math.abs(micros));
    }
}
