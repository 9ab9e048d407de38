package io.downtime.synth;

import io.downtime.report.words.ProblemWords;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.AlignmentQuality;
import io.downtime.report.words.ClockWords;
import io.downtime.run.MigrationPair;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark corpus: deterministic, readable without a rejected line, and causally consistent. */
class SyntheticCorpusTest {

    @Test
    void sameSeedSameCorpus(@TempDir Path root) throws Exception {
        List<Path> from = List.of(SampleTraces.root());
        SyntheticCorpus.write(from, 12, 7, root.resolve("a"), d -> { }, ProblemWords::problem);
        SyntheticCorpus.write(from, 12, 7, root.resolve("b"), d -> { }, ProblemWords::problem);
        SyntheticCorpus.write(from, 12, 8, root.resolve("c"), d -> { }, ProblemWords::problem);
        for (int i = 0; i < 12; i++) {
            String name = String.format("%05d", i);
            for (String log : List.of("src.log", "dst.log")) {
                assertEquals(Files.readString(root.resolve("a").resolve(name).resolve(log)),
                        Files.readString(root.resolve("b").resolve(name).resolve(log)), name + "/" + log);
            }
        }
        assertNotEquals(Files.readString(root.resolve("a/00000/dst.log")), Files.readString(root.resolve("c/00000/dst.log")));
    }

    /**
     * Every synthetic pair reads without a rejected line as one completed migration, and its clock alignment is
     * never inconsistent: no destination load comes before its save, and with return-path src-downtime-end still
     * follows the guest start.
     */
    @Test
    void runsAreCleanAndCausal(@TempDir Path root) throws Exception {
        List<String> skipped = new ArrayList<>();
        SyntheticCorpus.Written written = SyntheticCorpus.write(List.of(SampleTraces.root()), 60, 3, root, d -> {
            throw new AssertionError(d.toString());
        }, ProblemWords::problem);
        assertEquals(60, written.runs());
        // the samples with a completed, timed migration on both hosts, among the cases a run set finds (the 19
        // src.log/dst.log cases and the libvirt pair): all but dst-killed-at-switchover, the two strict runs
        // that aborted (strict-destination-fires-50-10, strict-source-fires-first-5-1), precopy-no-timestamps,
        // cancelled-in-precopy, dst-killed-in-precopy and the first attempt of cancelled-then-retried (its
        // second, to dst-2.log, completed and is one)
        assertEquals(14, written.samples().size(), written.samples().toString());
        int twoSided = 0;
        for (int i = 0; i < 60; i++) {
            // SampleMigrations.found fails on any rejected line
            MigrationPair pair = SampleMigrations.found(List.of(root.resolve(String.format("%05d", i)).toString()))
                    .migrations().get(0);
            AlignedMigration aligned = AlignedMigration.align(pair, AlignmentOptions.automatic());
            assertTrue(aligned.clock().quality() != AlignmentQuality.INCONSISTENT, i + ": " + ClockWords.summary(aligned.clock()));
            assertTrue(pair.destination().orElseThrow().guestStarted().isPresent());
            twoSided += aligned.clock().quality() == AlignmentQuality.TWO_SIDED ? 1 : 0;
        }
        assertTrue(twoSided > 0, "some runs come from return-path samples");
        skipped.addAll(written.skipped());
        assertTrue(skipped.stream().anyMatch(s -> s.contains("precopy-no-timestamps")), skipped.toString());
    }
}
