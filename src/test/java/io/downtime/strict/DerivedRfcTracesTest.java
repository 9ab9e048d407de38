package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.run.Role;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs recorded with the RFC's events, built from released-QEMU samples by {@link RfcTraceDerivation}
 * (which documents where QEMU emits each event): the replay must agree with them, allow the phases they
 * were built with, and point at the first difference when a value was tampered with.
 */
class DerivedRfcTracesTest {
    private static final String SAMPLE = "precopy-return-path";

    private static PolicyVerdict replay(Path dir, Limits limits) {
        AlignedMigration migration = AlignedMigration.align(
                SampleMigrations.found(List.of(dir.toString())).migrations().get(0), AlignmentOptions.automatic());
        return StrictReplay.replay(migration, Policies.RFC, limits);
    }

    private static Switchover switchover(Path dir) {
        return Switchover.of(AlignedMigration.align(
                SampleMigrations.found(List.of(dir.toString())).migrations().get(0), AlignmentOptions.automatic()));
    }

    /**
     * precopy-return-path at 90 + 10 = 100 ms with p = 100, q = 0.
     * <pre>
     * src.log:3  227.732462 src-downtime-start
     * src.log:7  227.828927 src-iterable-saved; the send at .828929 (inserted as src.log:8):
     *            reading = 96 + [p >= 71] - [p >= 538] -> 97 for p = 100; the phases giving 97: 71-537
     *            the source's last save, globalstate .830496 (98.034 ms), reads 98 or 99 < 100: it never fires
     * dst.log:3  227.835158 load of ram (iterable); the read at .835173 (inserted as dst.log:4)
     *            a load at u reads (floor((u+q)/1000) - 835) - [q >= 827]; with q = 0, 97 + reading >= 100 first at
     *            u >= .838000: 0000:00:02.0/virtio-blk .838466 (dst.log:33, now 34): destination downtime=3
     * Phases the record allows on the destination: virtio-blk reads 3 + [q >= 534] - [q >= 827] = 3 iff q < 534 or
     * q >= 827; 0000:00:01.0/virtio-net (.837588) must stay below 3: 2 + [q >= 412] - [q >= 827] <= 2 iff q < 412 or
     * q >= 827; earlier loads read at most 2. So 0-411, 827-999.
     * </pre>
     */
    @Test
    void destinationFiringAgrees(@TempDir Path dir) {
        RfcTraceDerivation.Derived derived = RfcTraceDerivation.derive(SAMPLE, new Limits(90, 10), 100, 0);
        assertEquals(RfcTraceDerivation.Fired.DESTINATION, derived.fired());
        assertTrue(derived.dst().contains("destination downtime=3, source downtime=97"), derived.dst());
        Path written = derived.write(dir);
        Switchover run = switchover(written);
        assertEquals(PhaseSet.of(p -> p >= 71 && p <= 537), run.phases().source());
        assertEquals(PhaseSet.of(q -> q <= 411 || q >= 827), run.phases().destination());
        PolicyVerdict rfc = replay(written, new Limits(90, 10));
        RecordComparison comparison = rfc.recorded().orElseThrow();
        assertTrue(comparison.agrees(), comparison.toString());
        Firing first = rfc.first().orElseThrow();
        assertEquals(Role.DESTINATION, first.at().host());
        assertEquals("load of 0000:00:02.0/virtio-blk 0", first.at().site().label());
        assertEquals(34, first.at().where().line());
        assertEquals(Perceived.counterMs(100, 100), first.perceived());
    }

    /**
     * precopy-return-path at 50 + 10 = 60 ms with p = 100: the source's save of ram (.828884, 96.422 ms after the
     * start) reads 96 + [p >= 116] - [p >= 538] = 96 >= 60 and fires before anything is sent: "Downtime Limit of
     * 50 ms exceeded by 46 ms"; src-vm-stopped (.732680) read 0 or 1. The phases giving 96: 0-115, 538-999.
     */
    @Test
    void sourceFiringBeforeTheSendAgrees(@TempDir Path dir) {
        RfcTraceDerivation.Derived derived = RfcTraceDerivation.derive(SAMPLE, new Limits(50, 10), 100, 0);
        assertEquals(RfcTraceDerivation.Fired.SOURCE, derived.fired());
        assertTrue(derived.srcStderr().contains("Downtime Limit of 50 ms exceeded by 46 ms"), derived.srcStderr());
        Path written = derived.write(dir);
        Switchover run = switchover(written);
        assertEquals(PhaseSet.of(p -> p <= 115 || p >= 538), run.phases().source());
        assertTrue(run.send().isEmpty());
        PolicyVerdict rfc = replay(written, new Limits(50, 10));
        assertTrue(rfc.recorded().orElseThrow().agrees(), rfc.recorded().toString());
        assertEquals("save of ram 0 (iterable)", rfc.first().orElseThrow().at().site().label());
        assertEquals(Certainty.FIRES, rfc.outcome().fired());
    }

    /** At 300 + 10 nothing fires; the inserted send carries 96 (p = 0: 828 - 732). */
    @Test
    void silentRunAgrees(@TempDir Path dir) {
        RfcTraceDerivation.Derived derived = RfcTraceDerivation.derive(SAMPLE, new Limits(300, 10), 0, 0);
        assertEquals(RfcTraceDerivation.Fired.NONE, derived.fired());
        assertTrue(derived.src().contains("switchover abort limit=310, source downtime=96"));
        PolicyVerdict rfc = replay(derived.write(dir), new Limits(300, 10));
        assertTrue(rfc.recorded().orElseThrow().agrees());
        assertEquals(Certainty.CANNOT_FIRE, rfc.outcome().fired());
    }

    /**
     * The destination-firing run with source downtime=95 written instead of 97: 95 ms cannot be read 96.467 ms
     * after the start (96 or 97), so the first difference is the send itself, src.log:8, before the destination's
     * abort (whose 95 + 3 < 100 contradicts the rule too, later).
     */
    @Test
    void tamperedValueIsTheFirstDifference(@TempDir Path dir) {
        RfcTraceDerivation.Derived derived = RfcTraceDerivation.derive(SAMPLE, new Limits(90, 10), 100, 0)
                .withSourceDowntime(text -> text.replace("source downtime=97", "source downtime=95"));
        PolicyVerdict rfc = replay(derived.write(dir), new Limits(90, 10));
        RecordComparison comparison = rfc.recorded().orElseThrow();
        assertTrue(comparison.comparable());
        assertFalse(comparison.agrees());
        RecordDifference difference = comparison.difference().orElseThrow();
        assertEquals(Role.SOURCE, difference.host());
        assertEquals(8, difference.where().line());
        // the send at 96.467 ms reads 96 or 97 for the phases allowed before it (all of them); its words are
        // report.replay.RecordWordsTest's
        RecordDifference.Unreproduced unreproduced = (RecordDifference.Unreproduced) difference;
        assertEquals(new RecordedObservation.SourceDowntimeSent(95), unreproduced.observation());
        assertEquals(96, unreproduced.lowestMs());
        assertEquals(97, unreproduced.highestMs());
        assertEquals(PhaseSet.all(), unreproduced.allowed());
    }

    /** Many phases and limits on two samples: whenever one host or none fires, the replay agrees and allows the phases. */
    @Test
    void agreesForEveryPhaseItWasBuiltWith(@TempDir Path root) {
        int compared = 0;
        for (String sample : List.of(SAMPLE, "precopy-kvm-8vcpu-many-devices")) {
            for (long limit : new long[]{2, 3, 5, 8, 12, 97, 98, 99, 100, 101, 310}) {
                for (int p : new int[]{0, 137, 500, 763, 999}) {
                    for (int q : new int[]{0, 401, 999}) {
                        Limits limits = new Limits(limit, 0);
                        RfcTraceDerivation.Derived derived = RfcTraceDerivation.derive(sample, limits, p, q);
                        if (derived.fired() == RfcTraceDerivation.Fired.BOTH) {
                            continue;
                        }
                        Path dir = derived.write(root.resolve(sample + "-" + limit + "-" + p + "-" + q));
                        Switchover run = switchover(dir);
                        String where = sample + " limit " + limit + " p " + p + " q " + q + " fired " + derived.fired();
                        assertTrue(run.phases().source().contains(p), where + ": " + run.phases().source());
                        if (derived.fired() != RfcTraceDerivation.Fired.SOURCE) {
                            assertTrue(run.phases().destination().contains(q), where + ": " + run.phases().destination());
                        }
                        RecordComparison comparison = Policies.RFC.replay(run, limits, ReplayOptions.defaults())
                                .recorded().orElseThrow();
                        assertTrue(comparison.agrees(), where + ": " + comparison);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 200, "compared " + compared);
    }
}
