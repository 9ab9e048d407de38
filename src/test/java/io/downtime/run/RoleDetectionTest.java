package io.downtime.run;

import io.downtime.model.DeviceOperation;
import io.downtime.model.LineRef;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleDetectionTest {

    /**
     * dst-stalled-400ms/src.log: 43 {@code vmstate_downtime_save} lines (first at line 6), 5 source
     * checkpoints (first {@code src-downtime-start}, line 3), one {@code new state device} (line 5).
     */
    @Test
    void sourceFromItsEvents() {
        Run source = SampleMigrations.only("dst-stalled-400ms").source().orElseThrow();
        String log = SampleMigrations.path("dst-stalled-400ms/src.log");
        assertEquals(RoleBasis.EVENTS, source.role().basis());
        assertEquals(List.of(
                new RoleEvidence(Role.SOURCE, new LineRef(log, 6), 43, new RoleSign.DeviceState(DeviceOperation.SAVE)),
                new RoleEvidence(Role.SOURCE, new LineRef(log, 3), 5, new RoleSign.Checkpoints("src-downtime-start")),
                new RoleEvidence(Role.SOURCE, new LineRef(log, 5), 1, new RoleSign.OneSideState("device"))),
                source.role().evidence());
    }

    /** dst-stalled-400ms/dst.log: 33 loads from line 3, 4 destination checkpoints from line 36. */
    @Test
    void destinationFromItsEvents() {
        Run destination = SampleMigrations.only("dst-stalled-400ms").destination().orElseThrow();
        String log = SampleMigrations.path("dst-stalled-400ms/dst.log");
        assertEquals(List.of(
                new RoleEvidence(Role.DESTINATION, new LineRef(log, 3), 33, new RoleSign.DeviceState(DeviceOperation.LOAD)),
                new RoleEvidence(Role.DESTINATION, new LineRef(log, 36), 4,
                        new RoleSign.Checkpoints("dst-precopy-loadvm-completed"))),
                destination.role().evidence());
    }

    /**
     * dst-killed-at-switchover/dst.log holds only {@code 6048@1795654073.927059 ... new state setup} and
     * {@code 6048@1795654074.928942 ... new state active}: no event shows its role, but one thread entered both,
     * as only a destination does (the source's active comes from its migration thread).
     */
    @Test
    void destinationFromTheThreadsOfItsStates() {
        MigrationPair pair = SampleMigrations.only("dst-killed-at-switchover");
        Run destination = pair.destination().orElseThrow();
        assertEquals(RoleBasis.STATE_THREADS, destination.role().basis());
        assertEquals(new LineRef(SampleMigrations.path("dst-killed-at-switchover/dst.log"), 2),
                destination.role().evidence().get(0).where());
    }

    /**
     * The same logs in the ISO form of QEMU 10.1 (no thread id): nothing in dst.log shows its role; the other
     * log's run is a source run (its checkpoints), so it is the destination.
     */
    @Test
    void counterpartOfTheOtherLog(@TempDir Path dir) {
        Path src = DerivedLogs.write(dir, "one.log", TraceForms.toIso(DerivedLogs.sample("dst-killed-at-switchover/src.log")));
        Path dst = DerivedLogs.write(dir, "two.log", TraceForms.toIso(DerivedLogs.sample("dst-killed-at-switchover/dst.log")));
        MigrationPair pair = SampleMigrations.found(List.of(src.toString(), dst.toString())).migrations().get(0);
        Run destination = pair.destination().orElseThrow();
        assertEquals(dst.toString(), destination.id().input());
        assertEquals(RoleBasis.COUNTERPART, destination.role().basis());
        assertEquals(new RoleNote.Counterpart(Role.SOURCE), destination.role().note());
    }

    /** The checkpoints of QEMU's first builds had no prefix: the catalogue still knows their host. */
    @Test
    void unprefixedCheckpointNames(@TempDir Path dir) {
        String text = DerivedLogs.without(DerivedLogs.unprefixed(DerivedLogs.sample("dst-stalled-400ms/src.log")),
                "vmstate_downtime_save");
        text = DerivedLogs.without(text, "new state device");
        Path log = DerivedLogs.write(dir, "src.log", text);
        Run run = SampleMigrations.found(List.of(log.toString())).runs().get(0);
        assertTrue(run.is(Role.SOURCE));
        assertEquals(new RoleEvidence(Role.SOURCE, new LineRef(log.toString(), 3), 5, new RoleSign.Checkpoints("downtime-start")),
                run.role().evidence().get(0));
        // 6004@1795654070.597297:vmstate_downtime_checkpoint downtime-start
        assertEquals(1795654070_597297L, run.checkpoint("src-downtime-start").orElseThrow().header().micros());
    }

    /**
     * dst-stalled-400ms's two logs in one file without the destination's {@code new state setup}: nothing
     * separates them. Source lines: 43 saves + 5 checkpoints + 1 device state = 49; destination lines:
     * 33 loads + 4 checkpoints = 37.
     */
    @Test
    void conflictingEvidenceIsSaid(@TempDir Path dir) {
        String text = DerivedLogs.sample("dst-stalled-400ms/src.log")
                + DerivedLogs.without(DerivedLogs.sample("dst-stalled-400ms/dst.log"), "new state setup");
        Path log = DerivedLogs.write(dir, "mixed.log", text);
        Run run = SampleMigrations.found(List.of(log.toString())).runs().get(0);
        assertEquals(Optional.of(Role.SOURCE), run.role().role());
        assertEquals(new RoleNote.Conflicting(49, 37, Role.SOURCE), run.role().note());
    }

    @Test
    void forcedRoleSaysWhatTheEventsShowed() {
        LogLoader.Loaded loaded = SampleMigrations.load(List.of(SampleMigrations.path("dst-stalled-400ms")));
        FoundMigrations found = MigrationFinder.standard().find(loaded.logs(), Optional.of(Role.DESTINATION));
        Run first = found.runs().get(0);
        assertEquals(RoleBasis.FORCED, first.role().basis());
        assertTrue(first.is(Role.DESTINATION));
        assertEquals(new RoleNote.Forced(Optional.of(Role.SOURCE)), first.role().note());
        assertTrue(found.runs().get(1).is(Role.SOURCE));
    }
}
