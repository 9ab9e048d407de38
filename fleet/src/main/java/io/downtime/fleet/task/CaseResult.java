package io.downtime.fleet.task;

import io.downtime.fleet.table.DeviceRow;
import io.downtime.fleet.table.MigrationRow;
import io.downtime.fleet.table.PartRow;
import io.downtime.fleet.table.PhaseRow;
import io.downtime.fleet.table.ProblemRow;
import io.downtime.fleet.table.VerdictRow;
import io.downtime.strict.PreparedRun;

import java.util.List;

/**
 * One case read and analysed: the rows it gives each table, and its migrations prepared for the sweep.
 *
 * @param prepared the migrations the sweep counts (every migration when a grid was asked, else none)
 */
public record CaseResult(List<MigrationRow> migrations, List<DeviceRow> devices, List<PhaseRow> phases,
                         List<PartRow> parts, List<VerdictRow> verdicts, List<ProblemRow> problems,
                         List<PreparedRun> prepared) {

    /** A row of the input that is not a case: one problem or note, nothing else. */
    public static CaseResult only(ProblemRow problem) {
        return new CaseResult(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(problem), List.of());
    }
}
