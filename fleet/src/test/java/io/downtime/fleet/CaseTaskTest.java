package io.downtime.fleet;

import io.downtime.fleet.input.CaseSpec;
import io.downtime.fleet.input.LogLocator;
import io.downtime.fleet.table.ProblemRow;
import io.downtime.fleet.task.CaseResult;
import io.downtime.fleet.task.CaseTask;
import io.downtime.fleet.task.StrictAsk;
import io.downtime.testing.SampleTraces;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One case as a task reads it, without Spark: what becomes a row of problems, and that nothing stops the task. */
class CaseTaskTest {
    @TempDir
    Path dir;

    /**
     * precopy-q35-small's src.log followed by 150 damaged downtime lines ("downtime=" without its number): 150
     * rejected lines, the first 100 listed one by one with file, line and column, the other 50 counted in one
     * more row; the migration is still read.
     */
    @Test
    void rejectedLinesAreListedUpToAHundredAndTheRestCounted() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SampleTraces.path("precopy-q35-small/src.log")));
        int first = lines.size() + 1;
        for (int i = 0; i < 150; i++) {
            lines.add("5701@1795654061.699999:vmstate_downtime_save type=non-iterable idstr=x instance_id=0 downtime=");
        }
        Path src = dir.resolve("src.log");
        Files.write(src, lines);
        CaseResult result = run(new CaseSpec("damaged", null, List.of(src.toString(),
                SampleTraces.path("precopy-q35-small/dst.log").toString()), List.of()));
        assertEquals(1, result.migrations().size());
        assertEquals(150L, result.migrations().get(0).run().rejectedLines());
        List<ProblemRow> rejected = result.problems().stream()
                .filter(p -> p.kind().equals(ProblemRow.REJECTED_LINE)).toList();
        assertEquals(101, rejected.size());
        assertEquals(src.toString(), rejected.get(0).input());
        assertEquals((long) first, rejected.get(0).line());
        assertTrue(rejected.get(0).column() > 1, rejected.get(0).toString());
        assertEquals("50 more rejected lines in this case, not listed (the migrations' rejected_lines counts them)",
                rejected.get(100).message());
    }

    @Test
    void aCaseWithoutAnyLogIsAProblemNotAFailure() {
        CaseResult result = run(new CaseSpec("missing", null, List.of(dir.resolve("nowhere.log").toString()), List.of()));
        assertEquals(List.of(), result.migrations());
        assertTrue(result.problems().stream().anyMatch(p -> p.kind().equals(ProblemRow.PROBLEM)
                && p.message().contains("nowhere.log")), result.problems().toString());
    }

    private static CaseResult run(CaseSpec spec) {
        try (LogLocator locator = new LogLocator(new Configuration(false))) {
            return new CaseTask(StrictAsk.none()).run(spec, locator);
        }
    }
}
