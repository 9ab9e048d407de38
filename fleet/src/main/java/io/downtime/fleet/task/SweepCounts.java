package io.downtime.fleet.task;

import io.downtime.fleet.table.SweepRow;
import io.downtime.strict.Limits;
import io.downtime.strict.Policy;
import io.downtime.strict.PreparedRun;
import io.downtime.strict.SweepCell;
import io.downtime.strict.SweepGrid;

import java.util.ArrayList;
import java.util.List;

/**
 * A partition's part of the sweep: each policy's cells counted over the partition's replayable migrations with
 * the sweep's own tally ({@link SweepCell.Tally}); the job adds the parts up with {@link SweepCell#plus}.
 */
public final class SweepCounts {
    private final List<Policy> policies;
    private final List<Limits> cells;
    private final SweepCell.Tally[][] tallies;

    public SweepCounts(SweepGrid grid, List<Policy> policies) {
        this.policies = List.copyOf(policies);
        this.cells = grid.cells();
        this.tallies = new SweepCell.Tally[policies.size()][cells.size()];
        for (SweepCell.Tally[] row : tallies) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new SweepCell.Tally();
            }
        }
    }

    public void add(PreparedRun run) {
        if (!run.replayable()) {
            return;
        }
        for (int p = 0; p < policies.size(); p++) {
            var prepared = run.prepared().get(policies.get(p).name());
            for (int c = 0; c < cells.size(); c++) {
                tallies[p][c].add(prepared.outcome(cells.get(c)));
            }
        }
    }

    /** Every policy's cells, in the grid's order. */
    public List<SweepRow> rows() {
        List<SweepRow> rows = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            Policy policy = policies.get(p);
            for (int c = 0; c < cells.size(); c++) {
                Limits limits = cells.get(c);
                rows.add(new SweepRow(policy.name(), tallies[p][c].cell(limits, policy.promisedLimitMs(limits)), false));
            }
        }
        return rows;
    }
}
