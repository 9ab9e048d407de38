package io.downtime.report.migration;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.why.BlackoutPart;
import io.downtime.why.PartKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The blackout's parts in words on full-trace-precopy-limit100, whose parts BlackoutPartsTest derives from the
 * lines: stopping the vCPUs 216 µs, RAM 32943, device state 1299, waiting 30248 to 31824 (31036), the
 * destination's loads 6913, guest start 192; blackout 72599 µs at the estimate. QEMU expected 58174 µs.
 */
class PartWordsTest {
    private final MigrationAnalysis analysis = WhySamples.analysis("full-trace-precopy-limit100");

    private BlackoutPart part(PartKind kind) {
        return analysis.why().parts().part(kind).orElseThrow();
    }

    /**
     * The RAM beside QEMU's estimate; of the parts QEMU does not count, only the wait is a tenth of the blackout or
     * more (31036 ≥ 7259.9; the loads' 6913 is not). The RAM is the biggest whatever the offset (32943 ≥ the wait's
     * 31824): 32943 / 72599 = 45.4%.
     */
    @Test
    void whereTheBlackoutWent() {
        assertEquals(Optional.of("saving the RAM took 32.943 ms (QEMU expected 58.174 ms for it); 31.036 ±0.788 ms went"
                + " to waiting for the destination, which QEMU's estimate does not count"), PartWords.parts(analysis));
        assertEquals(Optional.of("most to saving the RAM: 32.943 ms (45.4%), QEMU expected 58.174 ms for it; 31.036"
                + " ±0.788 ms went to waiting for the destination, which QEMU's estimate does not count"),
                PartWords.partsAnswer(analysis));
    }

    /**
     * A part's row: the wait's share 31036 / 72599 = 42.7%; the RAM from src.log 235 src-vm-stopped to 250
     * src-iterable-saved; the destination's loads' devices, dst.log 186 virtio-net downtime=4676, 189 virtio-blk
     * 637, 177 ich9_ahci 339.
     */
    @Test
    void aPartsRow() {
        assertEquals("42.7%", PartWords.share(part(PartKind.WAITING_FOR_DESTINATION), analysis));
        assertEquals("src-vm-stopped -> src-iterable-saved", PartWords.where(part(PartKind.RAM)));
        assertEquals("yes", PartWords.inEstimate(part(PartKind.RAM)));
        assertEquals("no", PartWords.inEstimate(part(PartKind.DESTINATION_LOADS)));
        assertEquals("0000:00:01.0/virtio-net 4.676 ms, 0000:00:02.0/virtio-blk 0.637 ms, 0000:00:1f.2/ich9_ahci"
                + " 0.339 ms", PartWords.devicesOf(part(PartKind.DESTINATION_LOADS)));
    }
}
