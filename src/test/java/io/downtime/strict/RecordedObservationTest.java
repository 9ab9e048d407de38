package io.downtime.strict;

import io.downtime.model.LineRef;
import io.downtime.run.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each kind of recorded observation says which host's counter it is about and what it says of it, as
 * docs/strict-mode.md's JSON lists them ({@code kind}: reading, fired, did-not-fire).
 */
class RecordedObservationTest {

    @Test
    void hostsAndKinds() {
        CheckSite site = CheckSite.checkpoint("src-vm-stopped");
        LineRef line = new LineRef("src.log", 4);
        List<RecordedObservation> observations = List.of(
                new RecordedObservation.SourceDowntimeSent(2),
                new RecordedObservation.SourceExceeded(site, 5, 1, line),
                new RecordedObservation.SourceCancelledAfter(site, line, 6),
                new RecordedObservation.SourceDidNotFire(site, 6),
                new RecordedObservation.DestinationFired(site, 4, line),
                new RecordedObservation.DestinationDidNotFire(site, 2, 6));
        assertEquals(List.of(Role.SOURCE, Role.SOURCE, Role.SOURCE, Role.SOURCE, Role.DESTINATION, Role.DESTINATION),
                observations.stream().map(RecordedObservation::host).toList());
        assertEquals(List.of(PhaseEvidence.Kind.READING, PhaseEvidence.Kind.READING, PhaseEvidence.Kind.FIRED,
                        PhaseEvidence.Kind.DID_NOT_FIRE, PhaseEvidence.Kind.READING, PhaseEvidence.Kind.DID_NOT_FIRE),
                observations.stream().map(RecordedObservation::kind).toList());
        // Downtime Limit of 5 ms exceeded by 1 ms: it read 6
        assertEquals(6, ((RecordedObservation.SourceExceeded) observations.get(1)).readingMs());
    }
}
