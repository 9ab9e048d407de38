package io.downtime.report.replay;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.model.LineRef;
import io.downtime.run.Role;
import io.downtime.strict.CheckSite;
import io.downtime.strict.Limits;
import io.downtime.strict.PhaseEvidence;
import io.downtime.strict.PhaseSet;
import io.downtime.strict.Policies;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.RecordComparison;
import io.downtime.strict.RecordDifference;
import io.downtime.strict.RecordedObservation;
import io.downtime.strict.StrictReplay;
import io.downtime.strict.Switchover;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words of the RFC's record beside the replay, on the real RFC runs. Lines are written as the trace
 * names them (the sample's directory is cut here, as the text's display names cut it).
 */
class RecordWordsTest {

    private static AlignedMigration aligned(String sample) {
        return AlignedMigration.align(SampleMigrations.only(sample), AlignmentOptions.automatic());
    }

    private static String cut(String sample, String sentence) {
        return sentence.replace(SampleMigrations.path(sample) + "/", "");
    }

    /**
     * strict-source-fires-first-5-1 replayed at its recorded 5 + 1 = 6 ms (docs/strict-mode.md's worked derivation):
     * <pre>
     * src.log:3   .574357 src-downtime-start
     * src.log:8   .575989 source downtime=2: 1 + [p >= 11] - [p >= 643] = 2 iff 11 <= p < 643
     * src.log:73  .579676 save of e1000e; src.stderr:11 "Downtime Limit of 5 ms exceeded by 1 ms": reads 5 + 1 = 6:
     *             5 + [p >= 324] - [p >= 643] = 6 iff 324 <= p < 643                     -> source 324-642
     * dst.log:4   .578223 the read, source downtime=2
     * dst.log:56  .581304 load of ich9_smb did not fire: 2 + 3 + [q >= 696] - [q >= 777] < 6 iff q < 696 or q >= 777
     *             (the loads before it allowed 0-701, 777-999 or more)                -> destination 0-695, 777-999
     * dst.log:57  .581539 load of virtio-net, abort dst.log:58 with destination downtime=4:
     *             3 + [q >= 461] - [q >= 777] = 4 iff 461 <= q < 777                    -> destination 461-695
     * </pre>
     */
    @Test
    void theSourceFiresFirstAndTheReplayAgrees() {
        String sample = "strict-source-fires-first-5-1";
        AlignedMigration aligned = aligned(sample);
        Switchover run = Switchover.of(aligned);
        List<String> evidence = run.phases().evidence().stream().map(e -> cut(sample, RecordWords.evidence(e))).toList();
        assertEquals("src.log:8: source downtime=2 at the send: source phase 11–642 µs", evidence.get(0));
        assertEquals("src.log:73: the source fired after its save of 0000:00:03.0/e1000e 0 reading 6 ms (Downtime Limit"
                + " of 5 ms exceeded by 1 ms, src.stderr:11): source phase 324–642 µs", evidence.get(1));
        assertTrue(evidence.contains("dst.log:56: no abort after the destination's load of 0000:00:1f.3/ich9_smb 0"
                + " (source downtime 2 ms, abort limit 6 ms): destination phase 0–695, 777–999 µs"), evidence.toString());
        assertEquals("dst.log:57: the destination fired after its load of 0000:00:01.0/virtio-net 0 with destination"
                + " downtime=4 (dst.log:58): destination phase 461–695 µs", evidence.get(evidence.size() - 1));

        RecordComparison comparison = StrictReplay.replay(aligned, Policies.RFC, new Limits(5, 1)).recorded().orElseThrow();
        assertEquals("the source fired after its save of 0000:00:03.0/e1000e 0 (src.log:73; Downtime Limit of 5 ms"
                + " exceeded by 1 ms, src.stderr:11); the destination fired after its load of 0000:00:01.0/virtio-net 0"
                + " (dst.log:57; destination downtime=4, source downtime=2, dst.log:58)",
                cut(sample, RecordWords.recorded(comparison.recorded())));
        assertEquals("for every counter phase the recorded values allow (source 324–642 µs, destination 461–695 µs)"
                + " the replay fires where the run did", RecordWords.basis(comparison.basis()));
    }

    /**
     * The same run replayed at 300 + 10: a what-if. The abort limit 6 comes from the RFC's events (src.log:8
     * {@code switchover abort limit=6}), the downtime limit 5 from the source's message (src.stderr:11).
     */
    @Test
    void otherLimitsAreAWhatIf() {
        RecordComparison comparison = StrictReplay.replay(aligned("strict-source-fires-first-5-1"), Policies.RFC,
                new Limits(300, 10)).recorded().orElseThrow();
        assertFalse(comparison.comparable());
        assertEquals("recorded with abort limit 6 ms (downtime-limit 5 ms), replayed with downtime-limit 300 ms"
                + " + switchover-limit 10 ms = abort limit 310 ms: a what-if, not compared (the recorded values still"
                + " narrow the counter phases)", RecordWords.basis(comparison.basis()));
    }

    /**
     * strict-destination-fires-50-10: the destination's load of cpu_common (dst.log:7) aborted with destination
     * downtime=121, source downtime=0 (dst.log:8); the source never fired, so no message gives a downtime limit
     * and only the abort limit 60 (dst.log:4) is known.
     */
    @Test
    void theDestinationFires() {
        String sample = "strict-destination-fires-50-10";
        RecordComparison comparison = StrictReplay.replay(aligned(sample), Policies.RFC, new Limits(300, 10))
                .recorded().orElseThrow();
        assertEquals("the destination fired after its load of cpu_common 0 (dst.log:7; destination downtime=121,"
                + " source downtime=0, dst.log:8)", cut(sample, RecordWords.recorded(comparison.recorded())));
        assertTrue(RecordWords.basis(comparison.basis()).startsWith("recorded with abort limit 60 ms, replayed with"),
                RecordWords.basis(comparison.basis()));
    }

    /**
     * strict-completed-300-10 at its 300 + 10: src-downtime-start .026977 (src.log:3), source downtime=6 at the send
     * .032916 (src.log:8): 6 + [p >= 84] - [p >= 23] = 6 iff p < 23 or p >= 84. Every other check reads far below 310,
     * so nothing else narrows (the destination keeps every phase); the source completed (src.log's last line).
     */
    @Test
    void nothingFires() {
        String sample = "strict-completed-300-10";
        AlignedMigration aligned = aligned(sample);
        Switchover run = Switchover.of(aligned);
        assertEquals(List.of("src.log:8: source downtime=6 at the send: source phase 0–22, 84–999 µs"),
                run.phases().evidence().stream().map(e -> cut(sample, RecordWords.evidence(e))).toList());
        RecordComparison comparison = StrictReplay.replay(aligned, Policies.RFC, new Limits(300, 10)).recorded().orElseThrow();
        assertEquals("nothing fired (the source completed)", RecordWords.recorded(comparison.recorded()));
        assertEquals("for every counter phase the recorded values allow (source 0–22, 84–999 µs, destination any) the"
                + " replay fires where the run did", RecordWords.basis(comparison.basis()));
    }

    /**
     * The differences strict finds on tampered records (strict/DerivedRfcTracesTest): precopy-return-path's send
     * written {@code source downtime=95} where 96.467 ms after the start reads 96 or 97 for every phase.
     */
    @Test
    void aValueNoPhaseReproduces() {
        RecordDifference difference = new RecordDifference.Unreproduced(new LineRef("src.log", 8),
                new RecordedObservation.SourceDowntimeSent(95), 96, 97, PhaseSet.all());
        assertEquals("source downtime=95 at the send", RecordWords.differenceRecorded(difference));
        assertTrue(RecordWords.differenceReplayed(difference).startsWith("the source's downtime at the send reads 96 to 97 ms"),
                RecordWords.differenceReplayed(difference));
        assertEquals("src.log:8: recorded source downtime=95 at the send; the replay gives the source's downtime at"
                + " the send reads 96 to 97 ms for every source phase the earlier observations allow (any)",
                RecordWords.difference(difference));
    }

    /** A destination's abort below the limit (95 + 3 < 100), and a host the replay does not fire on. */
    @Test
    void abortsTheRuleForbidsAndFiringsElsewhere() {
        RecordDifference below = new RecordDifference.AbortBelowLimit(new LineRef("dst.log", 35), 95, 3, 100);
        assertEquals("dst.log:35: recorded an abort with source downtime 95 + destination downtime 3 < 100; the replay"
                + " gives no abort: the RFC aborts only at the limit", RecordWords.difference(below));
        RecordDifference silent = new RecordDifference.FiredElsewhere(Role.DESTINATION, new LineRef("dst.log", 34),
                Optional.of(CheckSite.checkpoint("dst-precopy-loadvm-completed")), Optional.empty());
        assertEquals("the destination fired after its dst-precopy-loadvm-completed", RecordWords.differenceRecorded(silent));
        assertEquals("no firing on the destination", RecordWords.differenceReplayed(silent));
    }

    /** The kinds the JSON names: a check that did not fire is no reading. */
    @Test
    void didNotFireIsNoReading() {
        PhaseEvidence quiet = new PhaseEvidence(new LineRef("dst.log", 56),
                new RecordedObservation.DestinationDidNotFire(CheckSite.checkpoint("x"), 2, 6), PhaseSet.all());
        assertFalse(quiet.reading());
        assertEquals(Role.DESTINATION, quiet.host());
        assertEquals(PhaseEvidence.Kind.DID_NOT_FIRE, quiet.kind());
    }
}
