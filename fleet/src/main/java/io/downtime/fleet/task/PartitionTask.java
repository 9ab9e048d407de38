package io.downtime.fleet.task;

import io.downtime.fleet.input.CaseSpec;
import io.downtime.fleet.input.FleetInputs;
import io.downtime.fleet.input.HadoopConfiguration;
import io.downtime.fleet.input.LogLocator;
import io.downtime.fleet.table.ProblemRow;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One task: the cases of one partition, read and analysed one at a time (a case's logs are held only while
 * it is analysed), each giving one row of {@link CaseRows}; after the last, the partition's part of the sweep
 * when a grid was asked.
 */
public final class PartitionTask implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** The input's columns that carry a case's logs; every other column is the manifest's, carried. */
    public static final String LABEL = "_label";
    public static final String LOGS = "_logs";
    public static final String CASE_PATHS = "_case_paths";

    private final List<String> carried;
    private final StrictAsk strict;
    private final HadoopConfiguration hadoop;

    public PartitionTask(List<String> carried, StrictAsk strict, HadoopConfiguration hadoop) {
        this.carried = List.copyOf(carried);
        this.strict = strict;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> cases) {
        CaseTask task = new CaseTask(strict);
        SweepCounts sweep = strict.sweepGrid().map(grid -> new SweepCounts(grid, strict.policyList())).orElse(null);
        return new Iterator<>() {
            private boolean sweepWritten = sweep == null;

            @Override
            public boolean hasNext() {
                return cases.hasNext() || !sweepWritten;
            }

            @Override
            public Row next() {
                if (cases.hasNext()) {
                    Row input = cases.next();
                    CaseResult result;
                    String problem = input.getAs(FleetInputs.PROBLEM);
                    String note = input.getAs(FleetInputs.NOTE);
                    if (problem != null || note != null) {
                        result = CaseResult.only(problem != null ? ProblemRow.problem(problem) : ProblemRow.note(note));
                    } else {
                        try (LogLocator locator = new LogLocator(hadoop.get())) {
                            result = task.run(spec(input), locator);
                        }
                    }
                    if (sweep != null) {
                        result.prepared().forEach(sweep::add);
                    }
                    List<Object> values = new ArrayList<>();
                    for (String name : carried) {
                        values.add(input.getAs(name));
                    }
                    return CaseRows.of(values, result);
                }
                if (!sweepWritten) {
                    sweepWritten = true;
                    return CaseRows.sweep(carried.size(), sweep.rows());
                }
                throw new NoSuchElementException();
            }
        };
    }

    private static CaseSpec spec(Row input) {
        return new CaseSpec(input.getAs("id"), input.getAs(LABEL), input.getList(input.fieldIndex(LOGS)),
                input.getList(input.fieldIndex(CASE_PATHS)));
    }
}
