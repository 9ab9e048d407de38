package io.downtime.report.words;

import io.downtime.run.FoundMigrations;
import io.downtime.run.KnownMessage;
import io.downtime.run.LogLoader;
import io.downtime.run.MigrationFinder;
import io.downtime.run.MigrationPair;
import io.downtime.run.Role;
import io.downtime.run.RoleEvidence;
import io.downtime.run.RoleSign;
import io.downtime.run.Run;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentences of a run's role on the real samples; the values are those of the lines quoted above each test. */
class RoleWordsTest {

    private static List<String> evidence(Run run) {
        return run.role().evidence().stream().map(RoleWords::evidence).toList();
    }

    /**
     * dst-stalled-400ms/src.log: 43 {@code vmstate_downtime_save} lines (first at line 6), 5 source checkpoints (first
     * {@code src-downtime-start}, line 3), one {@code new state device} (line 5), most lines first; dst.log: 33 loads
     * from line 3, 4 destination checkpoints from line 36 ({@code dst-precopy-loadvm-completed}). No clue of either
     * run points to the other side: both are settled from their events.
     */
    @Test
    void eventsOfBothSides() {
        MigrationPair pair = SampleMigrations.only("dst-stalled-400ms");
        Run source = pair.source().orElseThrow();
        assertEquals(List.of("43 lines vmstate_downtime_save: only the source saves device state",
                "5 source checkpoints, starting with src-downtime-start",
                "1 line migrate_set_state new state device: only the source enters this state"), evidence(source));
        assertEquals("43 lines vmstate_downtime_save: only the source saves device state (first at "
                + SampleMigrations.path("dst-stalled-400ms/src.log") + ":6)",
                RoleWords.evidenceAt(source.role().evidence().get(0)));
        assertEquals("from its events", RoleWords.note(source.role().note()));
        Run destination = pair.destination().orElseThrow();
        assertEquals(List.of("33 lines vmstate_downtime_load: only the destination loads device state",
                "4 destination checkpoints, starting with dst-precopy-loadvm-completed"), evidence(destination));
        assertEquals("from its events", RoleWords.note(destination.role().note()));
    }

    /**
     * strict-destination-fires-50-10: src.log:8 {@code qemu_savevm_send_downtime} (one line); dst.log:3,5,6,7 four
     * loads, dst.log:4 {@code loadvm_handle_src_downtime}, dst.log:8 {@code qemu_loadvm_downtime_abort}, dst.log:9 the
     * one checkpoint {@code dst-precopy-loadvm-completed}: the loads first (4 lines), then the one-line clues in the
     * order of their first lines.
     */
    @Test
    void theStrictRfcsEvents() {
        MigrationPair pair = SampleMigrations.only("strict-destination-fires-50-10");
        assertEquals(List.of("4 lines vmstate_downtime_load: only the destination loads device state",
                "1 line loadvm_handle_src_downtime: the destination receives the source's downtime (strict-SLA RFC)",
                "1 line qemu_loadvm_downtime_abort: the destination's abort check (strict-SLA RFC)",
                "1 destination checkpoint, starting with dst-precopy-loadvm-completed"),
                evidence(pair.destination().orElseThrow()));
        assertEquals("1 line qemu_savevm_send_downtime: the source sends its downtime (strict-SLA RFC)",
                evidence(pair.source().orElseThrow()).stream().filter(s -> s.contains("send")).findFirst().orElseThrow());
    }

    /**
     * dst-killed-in-precopy: src.log:2 {@code 25486@... new state setup} (the main thread), src.log:9
     * {@code 25497@... new state active} (the migration thread); dst.log:1 and dst.log:4, setup and active, both
     * thread 25487 (the main loop). No checkpoint, save or load: the threads tell the roles.
     */
    @Test
    void theThreadsOfTheStates() {
        MigrationPair pair = SampleMigrations.only("dst-killed-in-precopy");
        String src = SampleMigrations.path("dst-killed-in-precopy/src.log");
        String dst = SampleMigrations.path("dst-killed-in-precopy/dst.log");
        assertEquals(List.of("setup entered by thread 25486 (" + src + ":2), active by thread 25497: only the source"
                + " enters active in a thread of its own (its migration thread)"), evidence(pair.source().orElseThrow()));
        assertEquals(List.of("setup (" + dst + ":1) and active both entered by thread 25487: the destination enters both"
                + " in its main loop, the source enters active in its migration thread"),
                evidence(pair.destination().orElseThrow()));
        assertEquals("from the threads of its states", RoleWords.note(pair.source().get().role().note()));
    }

    /**
     * The same logs as QEMU 10.1 writes them (an ISO time, no thread id) with src.stderr beside the source: stderr
     * line 1 "failed to save SaveStateEntry with id(name): 2(ram): -5", line 2 "Unable to write to socket:
     * Connection reset by peer", one each; the destination shows nothing and is the source's counterpart.
     */
    @Test
    void messagesAndTheCounterpart(@TempDir Path dir) throws IOException {
        Path a = isoCopy(dir, "src.log", "a.log");
        Path b = isoCopy(dir, "dst.log", "b.log");
        Files.copy(SampleTraces.path("dst-killed-in-precopy/src.stderr"), dir.resolve("a.stderr"));
        MigrationPair pair = SampleMigrations.found(List.of(a.toString(), b.toString())).migrations().get(0);
        assertEquals(List.of("1 message \"failed to save SaveStateEntry\": only the source saves device state",
                "1 message \"Unable to write to socket\": only the source writes the migration stream"),
                evidence(pair.source().orElseThrow()));
        assertEquals("from QEMU's messages", RoleWords.note(pair.source().get().role().note()));
        assertEquals("nothing in the run shows its role; the other log's runs are source runs, so this is the destination",
                RoleWords.note(pair.destination().orElseThrow().role().note()));
    }

    /** Without thread ids or messages, host-a-src.log and host-b-dest.log are named by their files. */
    @Test
    void fileNames(@TempDir Path dir) {
        Path src = isoCopy(dir, "src.log", "host-a-src.log");
        Path dst = isoCopy(dir, "dst.log", "host-b-dest.log");
        MigrationPair pair = SampleMigrations.found(List.of(dst.toString(), src.toString())).migrations().get(0);
        assertEquals(List.of("the file name host-a-src.log names the source ('source', 'src' as a word of the name)"),
                evidence(pair.source().orElseThrow()));
        assertEquals(List.of("the file name host-b-dest.log names the destination ('dest', 'destination', 'dst' as a word"
                + " of the name)"), evidence(pair.destination().orElseThrow()));
        assertEquals("nothing in the run or the other logs shows its role; taken from the log's file name",
                RoleWords.note(pair.source().get().role().note()));
    }

    /**
     * Nothing tells a.log from b.log: b.log (the real destination) waited from setup at 1796168607.929703 (dst.log:1)
     * to active at .608.234844 (dst.log:4), 305.141 ms; a.log 1796168608.230331 to .239425, 9.094 ms.
     */
    @Test
    void aGuess(@TempDir Path dir) {
        Path a = isoCopy(dir, "src.log", "a.log");
        Path b = isoCopy(dir, "dst.log", "b.log");
        MigrationPair pair = SampleMigrations.found(List.of(a.toString(), b.toString())).migrations().get(0);
        assertEquals("a guess: nothing tells the two logs apart; the run that waited longer from setup to active"
                + " (305.141 ms against 9.094 ms) is taken as the destination's, which waits there for the source to"
                + " connect (give --role if it is wrong)", RoleWords.note(pair.destination().orElseThrow().role().note()));
    }

    /**
     * dst-killed-in-precopy's two logs, setup (dst.log:1) dropped from the destination's: nothing gives its wait, so
     * the first log given is the source's.
     */
    @Test
    void aGuessWithoutTheWaits(@TempDir Path dir) {
        Path a = isoCopy(dir, "src.log", "a.log");
        String dst = TraceForms.toIso(TraceForms.readString(SampleTraces.path("dst-killed-in-precopy/dst.log")));
        Path b = TraceForms.write(dir.resolve("b.log"),
                dst.substring(dst.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8));
        MigrationPair pair = SampleMigrations.found(List.of(b.toString(), a.toString())).migrations().get(0);
        assertEquals(b.toString(), pair.source().orElseThrow().id().input());
        assertEquals("a guess: nothing tells the two logs apart; the first one given is taken as the source's (give"
                + " --role if it is wrong)", RoleWords.note(pair.source().get().role().note()));
    }

    /**
     * dst-stalled-400ms with {@code --role dst} for its first log (src.log): forced, and its events (saves,
     * checkpoints) point to the source; dst.log is then the source, as its loads do not say.
     */
    @Test
    void forced() {
        LogLoader.Loaded loaded = SampleMigrations.load(List.of(SampleMigrations.path("dst-stalled-400ms")));
        FoundMigrations found = MigrationFinder.standard().find(loaded.logs(), Optional.of(Role.DESTINATION));
        assertEquals("given with --role; its events point to the source", RoleWords.note(found.runs().get(0).role().note()));
        assertEquals("given with --role; its events point to the destination",
                RoleWords.note(found.runs().get(1).role().note()));
        FoundMigrations agreed = MigrationFinder.standard().find(loaded.logs(), Optional.of(Role.SOURCE));
        assertEquals("given with --role", RoleWords.note(agreed.runs().get(0).role().note()));
    }

    /**
     * dst-stalled-400ms's two logs in one file without the destination's {@code new state setup} (dst.log:1): one run. Source
     * lines: 43 saves + 5 checkpoints + 1 device state = 49; destination lines: 33 loads + 4 checkpoints = 37.
     */
    @Test
    void conflictingEvidence(@TempDir Path dir) {
        String src = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/src.log"));
        String dst = TraceForms.readString(SampleTraces.path("dst-stalled-400ms/dst.log"));
        dst = dst.substring(dst.indexOf('\n') + 1);
        Path mixed = TraceForms.write(dir.resolve("mixed.log"), (src + dst).getBytes(StandardCharsets.UTF_8));
        Run run = SampleMigrations.found(List.of(mixed.toString())).runs().get(0);
        assertEquals("conflicting evidence: 49 lines point to the source, 37 to the destination; taken as the source"
                + " (does the log mix two processes?)", RoleWords.note(run.role().note()));
    }

    /**
     * libvirt-one-migration/dst-host-guest-a.log: QEMU process 1 from line 1, started with {@code -incoming defer}
     * (line 43 of its command line); its first run receives. The source's process was started without it.
     */
    @Test
    void libvirtsCommandLine() {
        MigrationPair pair = SampleMigrations.libvirt();
        RoleEvidence incoming = pair.destination().orElseThrow().role().evidence().stream()
                .filter(e -> e.sign() instanceof RoleSign.StartedIncoming)
                .findFirst().orElseThrow();
        assertEquals("libvirt started this QEMU (process 1) with -incoming defer: its first migration is the incoming one",
                RoleWords.evidence(incoming));
    }

    /** Why each known message is one host's; each sentence names that host. */
    @Test
    void everyKnownMessageSaysItsHost() {
        for (KnownMessage message : KnownMessage.values()) {
            assertTrue(RoleWords.onlyThere(message).startsWith("only the " + message.host().label()), message.name());
        }
    }

    private static Path isoCopy(Path dir, String log, String name) {
        String text = TraceForms.toIso(TraceForms.readString(SampleTraces.path("dst-killed-in-precopy/" + log)));
        return TraceForms.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
