package io.downtime.libvirt;

import io.downtime.model.*;
import io.downtime.testing.LibvirtLogForms;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The real domain logs of {@code sample-traces/libvirt-one-migration/}, and logs derived from
 * them in code, split into QEMU process lifetimes.
 */
class LifetimeSplitTest {
    private static final String UUID = "5f0c1a5e-8b2a-4c4e-9a57-1d2b3c4d5e6f";

    @TempDir
    Path dir;

    /**
     * src-host-guest-a.log: line 1 {@code starting up} ... line 52 {@code shutting down, reason=failed}
     * (KVM refused the CPU model: lines 50-51 are QEMU's error and assertion), then line 53
     * {@code starting up} ... line 102 {@code initiating migration}, lines 103-173 the trace of the
     * outgoing migration, line 174 {@code shutting down, reason=migrated}, line 175 QEMU's
     * {@code terminating on signal 15}, written after libvirt's shutdown line.
     */
    @Test
    void sourceLogHoldsAFailedStartThenTheMigratedGuest() {
        LibvirtLog log = split(SampleTraces.path(LibvirtLogForms.DIR + "src-host-guest-a.log"));
        assertTrue(log.recognised());
        assertEquals(2, log.lifetimes().size());
        assertEquals(Optional.of("guest-a"), log.guestName());
        assertEquals(Optional.of(UUID), log.uuid());

        QemuLifetime failed = log.lifetimes().get(0);
        assertEquals(1, failed.number());
        assertEquals(1, failed.firstLine());
        assertEquals(52, failed.lastLine());
        assertEquals(OptionalLong.of(micros("2026-11-26T01:05:21.699Z")), failed.startMicros());
        assertEquals(OptionalLong.of(micros("2026-11-26T01:05:21.751Z")), failed.endMicros());
        assertEquals(Optional.of("failed"), failed.endReason());
        assertEquals(Optional.of("guest-a"), failed.guestName());
        assertEquals(Optional.of(UUID), failed.uuid());
        assertFalse(failed.incoming());
        assertTrue(failed.startedPaused());
        assertFalse(failed.hasMigrationEvents());
        assertTrue(failed.failedStart());
        // 50: 2026-11-26T01:05:21.728821Z qemu-system-x86_64: error: failed to set MSR 0x10a to 0xc000069
        // 51: qemu-system-x86_64: target/i386/kvm/kvm.c:3849: kvm_buf_set_msrs: Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed.
        assertEquals(List.of("error: failed to set MSR 0x10a to 0xc000069",
                        "target/i386/kvm/kvm.c:3849: kvm_buf_set_msrs: Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed."),
                failed.qemuMessages().stream().map(QemuMessage::text).toList());
        assertEquals(Optional.of("11.3.0"), failed.libvirtVersion());
        assertEquals(Optional.of("10.0.2"), failed.qemuVersion());
        assertEquals(Optional.of("vm"), failed.hostname());

        QemuLifetime migrated = log.lifetimes().get(1);
        assertEquals(2, migrated.number());
        assertEquals(53, migrated.firstLine());
        assertEquals(175, migrated.lastLine());
        assertEquals(OptionalLong.of(micros("2026-11-26T01:05:26.693Z")), migrated.startMicros());
        assertEquals(OptionalLong.of(micros("2026-11-26T01:05:34.350Z")), migrated.endMicros());
        assertEquals(Optional.of("migrated"), migrated.endReason());
        assertFalse(migrated.incoming());
        assertFalse(migrated.failedStart());
        assertTrue(migrated.hasMigrationEvents());
        assertEquals(1, migrated.migrationsInitiated().size());
        assertEquals(micros("2026-11-26T01:05:34.240Z"), migrated.migrationsInitiated().get(0).header().micros());
        // Lines 103-173 are 71 trace events (61 saves, 5 checkpoints, 5 state changes), then line 175's message.
        assertEquals(72, migrated.events().size());
        assertEquals(103, migrated.events().get(0).header().where().line());
        assertEquals(new QemuMessage(migrated.events().get(71).header(), "qemu-system-x86_64",
                "terminating on signal 15 from pid 30490 (libvirtd)"), migrated.events().get(71));
        assertEquals(List.of(failed), log.failedStarts());
    }

    /** dst-host-guest-a.log: line 1 starting up, line 43 {@code -incoming defer}, lines 51-107 the incoming trace; no shutdown. */
    @Test
    void destinationLogHoldsOneIncomingProcessStillRunning() {
        LibvirtLog log = split(SampleTraces.path(LibvirtLogForms.DIR + "dst-host-guest-a.log"));
        assertEquals(1, log.lifetimes().size());
        QemuLifetime incoming = log.lifetimes().get(0);
        assertEquals(Optional.of("guest-a"), incoming.guestName());
        assertEquals(Optional.of(UUID), incoming.uuid());
        assertTrue(incoming.incoming());
        assertEquals(Optional.of("defer"), incoming.incomingUri());
        assertTrue(incoming.startedPaused());
        assertEquals(Optional.empty(), incoming.shutdown());
        assertEquals(OptionalLong.empty(), incoming.endMicros());
        assertEquals(OptionalLong.of(micros("2026-11-26T01:05:33.940Z")), incoming.startMicros());
        assertFalse(incoming.failedStart());
        assertTrue(incoming.migrationsInitiated().isEmpty());
        // 50 loads + 4 checkpoints + 3 state changes, lines 51-107.
        assertEquals(57, incoming.events().size());
        assertEquals(1, incoming.firstLine());
        assertEquals(107, incoming.lastLine());
    }

    /**
     * A log that kept growing across three round trips of the guest: the real source log three
     * times, each copy 3600 s later than the one before, gzip-compressed. Six lifetimes: a failed
     * start and a migrated-away guest each hour.
     */
    @Test
    void aLogOfSeveralMigrationsGzipped() {
        String real = LibvirtLogForms.sourceLog();
        String grown = real + LibvirtLogForms.shift(real, 3600) + LibvirtLogForms.shift(real, 7200);
        Path file = TraceForms.write(dir.resolve("guest-a.log.gz"), TraceForms.gzip(grown.getBytes(StandardCharsets.UTF_8)));
        LibvirtLog log = split(file);
        assertEquals(6, log.lifetimes().size());
        assertEquals(List.of(1, 3, 5), log.failedStarts().stream().map(QemuLifetime::number).toList());
        for (int hour = 0; hour < 3; hour++) {
            QemuLifetime migrated = log.lifetimes().get(2 * hour + 1);
            assertEquals(2 * hour + 2, migrated.number());
            assertEquals(Optional.of("migrated"), migrated.endReason());
            // The copy's lines follow the 175 lines of each earlier copy.
            assertEquals(53 + 175L * hour, migrated.firstLine());
            // 01:05:34.240 initiating migration, moved by whole hours.
            assertEquals(micros("2026-11-26T01:05:34.240Z") + hour * 3_600_000_000L,
                    migrated.migrationsInitiated().get(0).header().micros());
            // 30768@1795655134.281903:vmstate_downtime_checkpoint src-downtime-start, moved by whole hours.
            Checkpoint start = migrated.events().stream().filter(Checkpoint.class::isInstance).map(Checkpoint.class::cast)
                    .filter(c -> c.name().equals("src-downtime-start")).findFirst().orElseThrow();
            assertEquals(1795655134_281903L + hour * 3_600_000_000L, start.header().micros());
        }
    }

    /**
     * A host that received the guest and later sent it away again keeps both processes in one
     * log: the real destination log (incoming, no shutdown line) followed by the real source log's
     * second lifetime (lines 53-175) 60 s later. The incoming process has no shutdown of its own:
     * the next start ends it.
     */
    @Test
    void anIncomingThenAnOutgoingProcessInOneLog() {
        String text = LibvirtLogForms.destinationLog()
                + LibvirtLogForms.shift(LibvirtLogForms.lines(LibvirtLogForms.sourceLog(), 53, 175), 60);
        LibvirtLog log = split(TraceForms.write(dir.resolve("guest-a.log"), text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, log.lifetimes().size());
        assertTrue(log.lifetimes().get(0).incoming());
        assertEquals(Optional.empty(), log.lifetimes().get(0).endReason());
        assertFalse(log.lifetimes().get(1).incoming());
        assertEquals(Optional.of("migrated"), log.lifetimes().get(1).endReason());
        // 107 destination lines, then source line 53 becomes line 108.
        assertEquals(108, log.lifetimes().get(1).firstLine());
        assertTrue(log.failedStarts().isEmpty());
    }

    /** A rotated log that begins inside a lifetime: source lines 102-175 (from {@code initiating migration}). */
    @Test
    void aLogThatBeginsInsideALifetime() {
        String text = LibvirtLogForms.lines(LibvirtLogForms.sourceLog(), 102, 175);
        LibvirtLog log = split(TraceForms.write(dir.resolve("guest-a.log.1"), text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, log.lifetimes().size());
        QemuLifetime cut = log.lifetimes().get(0);
        assertEquals(Optional.empty(), cut.startup());
        assertEquals(Optional.empty(), cut.uuid());
        assertEquals(Optional.of("migrated"), cut.endReason());
        assertEquals(1, cut.migrationsInitiated().size());
        assertEquals(72, cut.events().size());
    }

    @Test
    void aPlainTraceIsNoLibvirtLog() {
        LibvirtLog log = split(SampleTraces.path("dst-stalled-400ms/src.log"));
        assertFalse(log.recognised());
        assertTrue(log.lifetimes().isEmpty());
    }

    private static LibvirtLog split(Path file) {
        ReadResult read = ReadResult.read(file);
        assertTrue(read.diagnostics().isEmpty(), read.diagnostics().toString());
        return LibvirtLog.split(file.toString(), read.events());
    }

    private static long micros(String iso) {
        Instant instant = Instant.parse(iso);
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
    }
}
