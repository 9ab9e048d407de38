package io.downtime.run;

import io.downtime.libvirt.LibvirtLog;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrations found in libvirt domain logs: the real pair of sample-traces/libvirt-one-migration, and
 * logs derived from it in code (LibvirtLogForms) where one guest goes back and forth.
 */
class LibvirtMigrationsTest {
    private static final String UUID = "5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f";
    /** Each derived migration one minute after the previous one, far beyond the pairing's 2 s tolerance. */
    private static final long MINUTE = 60;

    @TempDir
    Path dir;

    /**
     * The real pair: src-host-guest-a.log holds process 1 (lines 1-52, the failed start) and process 2
     * (lines 53-175, the outgoing migration, lines 103-173); dst-host-guest-a.log process 1 (lines
     * 1-107, {@code -incoming defer}, the incoming migration, lines 51-107). One migration; the failed
     * start is no run and is named in the notes.
     */
    @Test
    void theRealPairHoldsOneMigrationAndAFailedStart() {
        FoundMigrations found = SampleMigrations.found(List.of(
                SampleMigrations.path(LibvirtLogForms.DIR + "src-host-guest-a.log"),
                SampleMigrations.path(LibvirtLogForms.DIR + "dst-host-guest-a.log")));
        assertEquals(2, found.runs().size());
        assertEquals(1, found.migrations().size());
        MigrationPair migration = found.migrations().get(0);
        assertTrue(migration.complete());
        assertTrue(migration.libvirt());
        assertEquals(2, migration.source().orElseThrow().lifetime().orElseThrow().number());
        assertEquals(1, migration.destination().orElseThrow().lifetime().orElseThrow().number());
        assertEquals(2, found.domainLogs().size());
        // QEMU process 1 of the source's log, lines 1-52, failed to start (its words: FoundNoteWordsTest)
        assertEquals(1, found.notes().size(), found.notes().toString());
        FoundNote.FailedStart failed = (FoundNote.FailedStart) found.notes().get(0);
        assertEquals(SampleMigrations.path(LibvirtLogForms.DIR + "src-host-guest-a.log"), failed.input());
        assertEquals(List.of(1, 1L, 52L), List.of(failed.process().number(), failed.process().firstLine(),
                failed.process().lastLine()));
    }

    /**
     * The source run's events begin with the failed start's messages (lines 50, 51: no run takes them,
     * see RunSplittingTest), but its messages are only those of its own process, lines 53-175: line 175,
     * {@code terminating on signal 15}.
     */
    @Test
    void aRunsMessagesAreThoseOfItsOwnProcess() {
        FoundMigrations found = SampleMigrations.found(List.of(SampleMigrations.path(LibvirtLogForms.DIR + "src-host-guest-a.log")));
        Run run = found.runs().get(0);
        assertEquals(List.of(175L), run.messages().stream().map(e -> e.header().where().line()).toList());
    }

    /**
     * The destination's role has a libvirt clue besides its events: its QEMU was started with
     * {@code -incoming defer} (dst-host-guest-a.log, process 1 from line 1), so its first run receives.
     */
    @Test
    void incomingIsARoleClue() {
        FoundMigrations found = SampleMigrations.found(List.of(SampleMigrations.path(LibvirtLogForms.DIR + "dst-host-guest-a.log")));
        RoleAssignment role = found.runs().get(0).role();
        assertEquals(Role.DESTINATION, role.role().orElseThrow());
        assertTrue(role.evidence().stream().anyMatch(e -> e.sign().equals(new RoleSign.StartedIncoming(1, "defer"))
                && e.where().line() == 1), role.evidence().toString());
    }

    /**
     * One guest back and forth, three times, a minute apart, made from the real logs
     * ({@link LibvirtLogForms#backAndForth}): A→B, B→A, A→B, in time order; host A's process 3
     * receives then sends.
     */
    @Test
    void severalMigrationsBothWaysInTimeOrder() {
        Path[] logs = backAndForth(false);
        FoundMigrations found = SampleMigrations.found(List.of(logs[0].toString(), logs[1].toString()));
        assertBackAndForth(found, logs[0].toString(), logs[1].toString());
    }

    /** The same logs compressed: the same migrations. */
    @Test
    void gzipLogsGiveTheSameMigrations() {
        Path[] logs = backAndForth(true);
        FoundMigrations found = SampleMigrations.found(List.of(logs[0].toString(), logs[1].toString()));
        assertBackAndForth(found, logs[0].toString(), logs[1].toString());
    }

    /** Host B's log first: the migrations keep their time order (pairs follow the first log's file order). */
    @Test
    void logOrderDoesNotChangeTheMigrations() {
        Path[] logs = backAndForth(false);
        FoundMigrations found = SampleMigrations.found(List.of(logs[1].toString(), logs[0].toString()));
        assertBackAndForth(found, logs[0].toString(), logs[1].toString());
    }

    /**
     * The destination log made of another guest (its UUID changed in code): the two logs hold no
     * migration between them, and a note says why.
     */
    @Test
    void logsOfDifferentGuestsHoldNoMigrationBetweenThem() {
        String other = "0d0d0d0d-8b2a-4c4e-9a57-1d2b3c4d5e6f";
        Path a = write("a.log", LibvirtLogForms.sourceLog(), false);
        Path b = write("b.log", LibvirtLogForms.destinationLog().replace("-uuid " + UUID, "-uuid " + other), false);
        FoundMigrations found = SampleMigrations.found(List.of(a.toString(), b.toString()));
        assertEquals(2, found.migrations().size());
        assertTrue(found.migrations().stream().noneMatch(MigrationPair::complete));
        assertTrue(found.notes().contains(new FoundNote.OtherGuests(a.toString(), UUID, b.toString(), other)),
                found.notes().toString());
    }

    private void assertBackAndForth(FoundMigrations found, String hostA, String hostB) {
        assertEquals(3, found.migrations().size());
        List<String> sources = found.migrations().stream().map(m -> m.source().orElseThrow().id().toString()).toList();
        List<String> destinations = found.migrations().stream().map(m -> m.destination().orElseThrow().id().toString()).toList();
        assertEquals(List.of(hostA + " run 1", hostB + " run 2", hostA + " run 3"), sources);
        assertEquals(List.of(hostB + " run 1", hostA + " run 2", hostB + " run 3"), destinations);
        for (MigrationPair pair : found.migrations()) {
            assertEquals(PairingBasis.TIME, pair.basis());
            assertEquals(RunStatus.COMPLETED, pair.source().orElseThrow().status());
            assertEquals(RunStatus.COMPLETED, pair.destination().orElseThrow().status());
        }
        // The sources' src-downtime-start, each on its own host's clock: t, t+60 s, t+120 s
        // (src-host-guest-a.log:105 1795655134.281903).
        assertEquals(List.of(1795655134_281903L, 1795655194_281903L, 1795655254_281903L), found.migrations().stream()
                .map(m -> m.source().orElseThrow().checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START).orElseThrow()
                        .header().micros()).toList());
        // Host A's process 3 received migration 2, then sent migration 3; its first process was the failed start.
        assertEquals(3, found.migrations().get(1).destination().orElseThrow().lifetime().orElseThrow().number());
        assertEquals(3, found.migrations().get(2).source().orElseThrow().lifetime().orElseThrow().number());
        LibvirtLog a = found.domainLogs().stream().filter(log -> log.input().equals(hostA)).findFirst().orElseThrow();
        assertEquals(3, a.lifetimes().size());
        assertTrue(a.lifetimes().get(0).failedStart());
        assertFalse(a.lifetimes().get(2).failedStart());
        assertEquals(1, found.notes().size(), found.notes().toString());
    }

    private Path[] backAndForth(boolean gzip) {
        String[] hosts = LibvirtLogForms.backAndForth(MINUTE);
        String suffix = gzip ? ".log.gz" : ".log";
        return new Path[]{write("host-a" + suffix, hosts[0], gzip), write("host-b" + suffix, hosts[1], gzip)};
    }

    private Path write(String name, String text, boolean gzip) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return TraceForms.write(dir.resolve(name), gzip ? TraceForms.gzip(bytes) : bytes);
    }
}
