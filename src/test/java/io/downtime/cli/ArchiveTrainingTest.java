package io.downtime.cli;

import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The launcher keeps its class-data archive only when the training run exits 0, so every training command must
 * succeed on the included samples; and the commands users start most must all be among them.
 */
class ArchiveTrainingTest {

    @Test
    void everyTrainingCommandSucceedsOnTheSamples() {
        List<List<String>> commands = ArchiveTraining.commands(SampleTraces.root());
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<Integer> codes;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            codes = ArchiveTraining.run(SampleTraces.root());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals(Collections.nCopies(commands.size(), 0), codes, commands.toString());
    }

    @Test
    void theCommonCommandsAreTrained() {
        Set<String> trained = ArchiveTraining.commands(SampleTraces.root()).stream().map(c -> c.get(0))
                .collect(Collectors.toSet());
        assertEquals(Set.of("report", "events", "runs", "replay", "compare", "sweep"), trained);
    }
}
