package io.downtime.report.words;

import io.downtime.run.PairingReason;
import io.downtime.runset.MigrationColumns;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.runset.SetMigration;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How a migration's runs were matched ({@code run/PairingReason}), worded, and stored as that sentence in the fleet's
 * {@code pairing} column ({@code MigrationColumns} with {@link StoredReasonWords#SENTENCES}). RunPairingTest finds and
 * words the records of several runs per side (by time, in order, a side alone).
 */
class PairingWordsTest {

    private static Object stored(SetMigration run) {
        return MigrationColumns.named(MigrationColumns.all(StoredReasonWords.SENTENCES), "pairing").value().apply(run);
    }

    /** precopy-q35-small: one run in src.log, one in dst.log. */
    @Test
    void theOnlyRunsAndTheirStoredSentence() {
        RunSet set = RunSetLoader.load(List.of(SampleTraces.path("precopy-q35-small").toString()), RunSetOptions.defaults(),
                d -> { });
        SetMigration run = set.runs().get(0);
        assertEquals(new PairingReason.OnlyRuns(), run.analysis().migration().pair().how());
        assertEquals("the only source run and the only destination run", stored(run));
    }

    /**
     * dst-killed-at-switchover then dst-stalled-400ms in src.log, the other order in dst.log (RunPairingTest derives the
     * differences from the active lines): the first migration, by time at -2.767 ms, is stored as the report says it.
     */
    @Test
    void pairedByTimeIsStoredAsSaid(@TempDir Path dir) throws Exception {
        Path set = Files.createDirectories(dir.resolve("two"));
        Files.write(set.resolve("src.log"), joined("dst-killed-at-switchover/src.log", "dst-stalled-400ms/src.log"));
        Files.write(set.resolve("dst.log"), joined("dst-stalled-400ms/dst.log", "dst-killed-at-switchover/dst.log"));
        RunSet runs = RunSetLoader.load(List.of(set.toString()), RunSetOptions.defaults(), d -> { });
        assertEquals(2, runs.runs().size());
        SetMigration killed = runs.runs().get(0);
        assertEquals(new PairingReason.ByTime(-2_767, 2_000_000), killed.analysis().migration().pair().how());
        assertEquals("paired by time: on the two hosts' clocks the destination became active -2.767 ms from the source,"
                + " the difference the pairs of these logs share (within 2 s)", stored(killed));
    }

    /** Over 2,000 runs per side are matched in order: too costly a sample to build here, so the record is worded as made. */
    @Test
    void tooManyRunsToMatchByTime() {
        assertEquals("paired in order (source run 3 with destination run 3): too many runs to match them by time",
                PairingWords.how(new PairingReason.ByOrder(3, PairingReason.Untimed.TOO_MANY_RUNS)));
    }

    private static byte[] joined(String... samples) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String sample : samples) {
            out.write(Files.readAllBytes(SampleTraces.path(sample)));
        }
        return out.toByteArray();
    }
}
