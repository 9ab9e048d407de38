package io.downtime.report;

import io.downtime.csv.CsvWriter;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepCell;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code analyzer sweep --format csv}: one row per policy and cell, for plotting; columns in
 * docs/strict-mode.md. The what-if caveat goes to stderr, where it cannot break a CSV reader.
 */
final class CsvSweep implements SweepRenderer {
    private final PrintWriter out;

    CsvSweep(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void render(SweepDocument document) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("policy", "downtime_limit_ms", "switchover_limit_ms", "abort_limit_ms", "promised_limit_ms", "runs",
                "fired", "may_fire", "missed", "may_miss", "needless", "may_needless", "recommended"));
        for (PolicySweep sweep : document.result().policies()) {
            for (SweepCell cell : sweep.cells()) {
                boolean recommended = sweep.recommendation().cell().map(cell::equals).orElse(false);
                csv.row(List.of(sweep.policy(), Long.toString(cell.limits().downtimeLimitMs()),
                        Long.toString(cell.limits().switchoverLimitMs()), Long.toString(cell.limits().abortLimitMs()),
                        Long.toString(cell.promisedLimitMs()), Integer.toString(cell.runs()), Integer.toString(cell.fired()),
                        Integer.toString(cell.mayFire()), Integer.toString(cell.missed()), Integer.toString(cell.mayMiss()),
                        Integer.toString(cell.needless()), Integer.toString(cell.mayNeedless()), Boolean.toString(recommended)));
            }
        }
        out.flush();
    }
}
