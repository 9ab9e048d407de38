package io.downtime.clock;

import io.downtime.run.MigrationPair;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handshake bound under libvirt, on sample-traces/libvirt-one-migration (one machine, so the
 * true offset is 0). libvirt connects the migration socket itself: the destination became active
 * (dst:52, 1795655134.240622) before the source entered setup (src:103, .241649), so the handshake
 * would claim offset < -1027 µs, which excludes the truth.
 */
class LibvirtClockTest {

    private static MigrationPair pair() {
        return SampleMigrations.libvirt();
    }

    /**
     * Without the return path's lower bound nothing in the trace contradicts the handshake; the
     * handshake is still off because libvirt ran the migration. What remains is the ram section's
     * bound: dst:53 1795655134.294499 - src:109 .285735 = +8764 µs, which holds the true 0.
     */
    @Test
    void libvirtMigrationsLeaveTheHandshakeOut() {
        ClockAlignment clock = ClockAligner.align(pair(),
                new AlignmentOptions(EvidenceSwitch.OFF, EvidenceSwitch.AUTO, OptionalLong.empty()));
        assertEquals(Interval.atMost(8764), clock.offset());
        assertTrue(clock.offset().contains(0));
        assertFalse(clock.handshake().used());
        assertEquals(new EvidenceReason.LibvirtConnects(), clock.handshake().reason());
        assertTrue(clock.notes().contains(new ClockNote.LibvirtHandshakeOff()), clock.notes().toString());
    }

    /** Automatic alignment says so in its notes too, whichever evidence dropped the handshake first. */
    @Test
    void theNoteIsAlwaysThereForLibvirt() {
        ClockAlignment clock = ClockAligner.align(pair(), AlignmentOptions.automatic());
        assertEquals(Interval.between(-360, 8764), clock.offset());
        assertEquals(List.of(new ClockNote.LibvirtHandshakeOff()), clock.notes());
    }
}
