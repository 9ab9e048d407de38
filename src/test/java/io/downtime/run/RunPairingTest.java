package io.downtime.run;

import io.downtime.report.words.PairingWords;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunPairingTest {

    @ParameterizedTest
    @ValueSource(strings = {"dst-killed-at-switchover", "dst-stalled-400ms", "postcopy-random-ram",
            "precopy-kvm-8vcpu-many-devices", "precopy-multifd-4ch", "precopy-no-timestamps", "precopy-q35-small",
            "precopy-return-path", "precopy-skewed-clocks", "strict-completed-300-10",
            "strict-destination-fires-50-10", "strict-missed-62ms-blackout-8-2", "strict-source-fires-first-5-1"})
    void everySampleIsOnePair(String name) {
        MigrationPair pair = SampleMigrations.only(name);
        assertEquals(PairingBasis.ONLY_RUNS, pair.basis());
        assertEquals(SampleMigrations.path(name + "/src.log"), pair.source().orElseThrow().id().input());
        assertEquals(SampleMigrations.path(name + "/dst.log"), pair.destination().orElseThrow().id().input());
    }

    /**
     * Two migrations per log, in opposite orders: src.log = killed then stalled, dst.log = stalled then
     * killed. Pairing by order would cross them. The clocks: killed became active at
     * src 1795654074.931709 / dst 1795654074.928942 (difference -2.767 ms); stalled at
     * src 1795654070.568190 / dst 1795654070.567778 (-0.412 ms); the crossed differences are about
     * +-4.36 s, beyond the 2 s tolerance.
     */
    @Test
    void severalRunsArePairedByTime(@TempDir Path dir) {
        DerivedLogs.write(dir, "src.log",
                DerivedLogs.concatenated("dst-killed-at-switchover/src.log", "dst-stalled-400ms/src.log"));
        DerivedLogs.write(dir, "dst.log",
                DerivedLogs.concatenated("dst-stalled-400ms/dst.log", "dst-killed-at-switchover/dst.log"));
        List<MigrationPair> pairs = SampleMigrations.found(List.of(dir.toString())).migrations();
        assertEquals(2, pairs.size());
        MigrationPair killed = pairs.get(0);
        assertEquals(PairingBasis.TIME, killed.basis());
        assertEquals(1, killed.source().orElseThrow().id().index());
        assertEquals(2, killed.destination().orElseThrow().id().index());
        // -2.767 ms = dst 1795654074.928942 - src 1795654074.931709; the tolerance, 2 s, is RunPairer's
        assertEquals(new PairingReason.ByTime(-2_767, 2_000_000), killed.how());
        assertEquals("paired by time: on the two hosts' clocks the destination became active -2.767 ms from the source,"
                + " the difference the pairs of these logs share (within 2 s)", PairingWords.how(killed.how()));
        MigrationPair stalled = pairs.get(1);
        // -0.412 ms = dst 1795654070.567778 - src 1795654070.568190
        assertEquals(new PairingReason.ByTime(-412, 2_000_000), stalled.how());
        assertEquals("paired by time: on the two hosts' clocks the destination became active -412 µs from the source,"
                + " the difference the pairs of these logs share (within 2 s)", PairingWords.how(stalled.how()));
        assertEquals(2, stalled.source().orElseThrow().id().index());
        assertEquals(1, stalled.destination().orElseThrow().id().index());
    }

    /**
     * 30 migrations 10 s apart (dst-stalled-400ms's logs, shifted), the destination's 10th missing (it
     * never started). Pairing by order would shift every later pair by one; by time, source run k pairs
     * with the destination run 10*(k-1) s later on its clock, and source run 10 stays alone.
     */
    @Test
    void aMissingDestinationRunDoesNotShiftTheOthers(@TempDir Path dir) {
        StringBuilder src = new StringBuilder();
        StringBuilder dst = new StringBuilder();
        for (int k = 0; k < 30; k++) {
            src.append(DerivedLogs.shifted(DerivedLogs.sample("dst-stalled-400ms/src.log"), 10L * k));
            if (k != 9) {
                dst.append(DerivedLogs.shifted(DerivedLogs.sample("dst-stalled-400ms/dst.log"), 10L * k));
            }
        }
        DerivedLogs.write(dir, "src.log", src.toString());
        DerivedLogs.write(dir, "dst.log", dst.toString());
        List<MigrationPair> pairs = SampleMigrations.found(List.of(dir.toString())).migrations();
        assertEquals(30, pairs.size());
        for (MigrationPair pair : pairs) {
            int source = pair.source().orElseThrow().id().index();
            if (source == 10) {
                assertEquals(PairingBasis.UNPAIRED, pair.basis());
            } else {
                assertEquals(PairingBasis.TIME, pair.basis());
                assertEquals(source < 10 ? source : source - 1, pair.destination().orElseThrow().id().index());
            }
        }
    }

    /** Without timestamps, runs are paired in order; an extra source run stays alone. */
    @Test
    void withoutTimestampsByOrder(@TempDir Path dir) {
        DerivedLogs.write(dir, "src.log", DerivedLogs.concatenated("precopy-no-timestamps/src.log",
                "precopy-no-timestamps/src.log", "precopy-no-timestamps/src.log"));
        DerivedLogs.write(dir, "dst.log", DerivedLogs.concatenated("precopy-no-timestamps/dst.log",
                "precopy-no-timestamps/dst.log"));
        List<MigrationPair> pairs = SampleMigrations.found(List.of(dir.toString())).migrations();
        assertEquals(3, pairs.size());
        assertEquals(PairingBasis.ORDER, pairs.get(0).basis());
        assertEquals(2, pairs.get(1).destination().orElseThrow().id().index());
        assertEquals(PairingBasis.UNPAIRED, pairs.get(2).basis());
        assertTrue(pairs.get(2).destination().isEmpty());
        assertEquals(new PairingReason.ByOrder(2, PairingReason.Untimed.NO_TIMESTAMPS), pairs.get(1).how());
        assertEquals("paired in order (source run 2 with destination run 2): the logs carry no timestamps to match them by",
                PairingWords.how(pairs.get(1).how()));
        assertEquals(new PairingReason.NoDestination(), pairs.get(2).how());
        assertEquals("no destination run to pair with", PairingWords.how(pairs.get(2).how()));
    }

    /** The other way round: three destination runs for two source runs, the third destination alone. */
    @Test
    void anExtraDestinationRunStandsAlone(@TempDir Path dir) {
        DerivedLogs.write(dir, "src.log", DerivedLogs.concatenated("precopy-no-timestamps/src.log",
                "precopy-no-timestamps/src.log"));
        DerivedLogs.write(dir, "dst.log", DerivedLogs.concatenated("precopy-no-timestamps/dst.log",
                "precopy-no-timestamps/dst.log", "precopy-no-timestamps/dst.log"));
        List<MigrationPair> pairs = SampleMigrations.found(List.of(dir.toString())).migrations();
        assertEquals(3, pairs.size());
        assertEquals(new PairingReason.ByOrder(1, PairingReason.Untimed.NO_TIMESTAMPS), pairs.get(0).how());
        assertEquals(3, pairs.get(2).destination().orElseThrow().id().index());
        assertEquals(new PairingReason.NoSource(), pairs.get(2).how());
        assertEquals("no source run to pair with", PairingWords.how(pairs.get(2).how()));
    }
}
