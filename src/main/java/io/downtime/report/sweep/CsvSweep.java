package io.downtime.report.sweep;

import io.downtime.report.Renderer;
import io.downtime.csv.CsvWriter;
import io.downtime.why.PredictionShortfall;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code analyzer sweep --format csv}: one row per policy and cell, for plotting; columns in
 * docs/strict-mode.md. The what-if caveat goes to stderr, where it cannot break a CSV reader.
 */
final class CsvSweep implements Renderer<SweepDocument> {
    private final PrintWriter out;

    CsvSweep(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(SweepDocument document) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("policy", "downtime_limit_ms", "switchover_limit_ms", "abort_limit_ms", "promised_limit_ms", "runs",
                "fired", "may_fire", "missed", "may_miss", "needless", "may_needless", "recommended", "with_prediction",
                "prediction_short_by_more", "prediction_perhaps_short_by_more"));
        Map<Long, PredictionShortfall> shortfalls = new HashMap<>();
        document.result().shortfalls().ifPresent(counted -> counted.forEach(s -> shortfalls.put(s.switchoverLimitMs(), s)));
        for (PolicySweep sweep : document.result().policies()) {
            for (SweepCell cell : sweep.cells()) {
                boolean recommended = sweep.recommendation().cell().map(cell::equals).orElse(false);
                PredictionShortfall shortfall = shortfalls.get(cell.limits().switchoverLimitMs());
                csv.row(List.of(sweep.policy(), Long.toString(cell.limits().downtimeLimitMs()),
                        Long.toString(cell.limits().switchoverLimitMs()), Long.toString(cell.limits().abortLimitMs()),
                        Long.toString(cell.promisedLimitMs()), Integer.toString(cell.runs()), Integer.toString(cell.fired()),
                        Integer.toString(cell.mayFire()), Integer.toString(cell.missed()), Integer.toString(cell.mayMiss()),
                        Integer.toString(cell.needless()), Integer.toString(cell.mayNeedless()), Boolean.toString(recommended),
                        shortfall == null ? "" : Integer.toString(shortfall.withPrediction()),
                        shortfall == null ? "" : Integer.toString(shortfall.certainly()),
                        shortfall == null ? "" : Integer.toString(shortfall.perhaps())));
            }
        }
        out.flush();
    }
}
