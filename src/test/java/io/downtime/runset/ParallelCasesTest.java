package io.downtime.runset;

import io.downtime.testing.SampleTraces;
import io.downtime.trace.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cases are read on every core, yet what a run-set command says comes in case order: the runs, and
 * the diagnostics of rejected lines. Twelve copies of dst-stalled-400ms (52 + 40 lines), each with
 * one line of its source log made malformed (case i: line 8 + i; lines 8 to 19 are device saves),
 * its downtime non-numeric, read ten times over.
 */
class ParallelCasesTest {

    @Test
    void runsAndDiagnosticsComeInCaseOrder(@TempDir Path dir) throws Exception {
        List<String> source = Files.readAllLines(SampleTraces.path("dst-stalled-400ms/src.log"));
        byte[] destination = Files.readAllBytes(SampleTraces.path("dst-stalled-400ms/dst.log"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path run = Files.createDirectories(dir.resolve(String.format("set/run-%02d", i)));
            List<String> damaged = new ArrayList<>(source);
            int line = 8 + i;
            damaged.set(line - 1, damaged.get(line - 1).replaceFirst("downtime=\\d+", "downtime=1x"));
            Files.writeString(run.resolve("src.log"), String.join("\n", damaged) + "\n");
            Files.write(run.resolve("dst.log"), destination);
            expected.add(run.resolve("src.log") + ":" + line);
        }
        for (int round = 0; round < 10; round++) {
            List<Diagnostic> said = new ArrayList<>();
            RunSet set = RunSetLoader.load(List.of(dir.resolve("set").toString()),
                    new RunSetOptions(Optional.empty(), io.downtime.clock.AlignmentOptions.automatic()), said::add);
            assertEquals(expected, said.stream().map(d -> d.where().file() + ":" + d.where().line()).toList());
            assertEquals(12, set.runs().size());
            for (int i = 0; i < 12; i++) {
                assertEquals(String.format("set/run-%02d", i), set.runs().get(i).ref().caseName());
            }
        }
    }
}
