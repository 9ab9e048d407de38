package io.downtime.why;

import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The blackout split into parts on the real full traces, each part derived by hand from the checkpoint
 * and load lines quoted (times are the seconds' last six digits, µs), at the offset the alignment gives
 * (its derivation is the clock tests'; the report prints it).
 */
class BlackoutPartsTest {

    private static MigrationAnalysis analysis(String name) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(name), AlignmentOptions.automatic()),
                Optional.empty());
    }

    private static Estimate part(MigrationAnalysis analysis, PartKind kind) {
        return analysis.why().parts().part(kind).orElseThrow().duration();
    }

    private static Estimate exactly(long micros) {
        return Estimate.exactly(micros);
    }

    private static Estimate between(long low, long high, long value) {
        return new Estimate(Interval.between(low, high), OptionalLong.of(value));
    }

    /**
     * full-trace-precopy-limit100, offset between −235 µs and +1341 µs, estimate +553 µs (the middle, rounded down).
     * src.log 234 src-downtime-start 589.310542, 235 src-vm-stopped 589.310758, 250 src-iterable-saved 589.343701,
     * 366 src-non-iterable-saved 589.345000; dst.log 102 {@code 589.376592 vmstate_downtime_load ... idstr=timer
     * ... downtime=3} (the first device load, begun at 589.376589), 199 dst-precopy-loadvm-completed 589.383502,
     * 203 dst-precopy-bh-vm-started 589.383694.
     * Stopping the vCPUs 310758 − 310542 = 216; RAM 343701 − 310758 = 32943; device state 345000 − 343701 = 1299;
     * waiting (376589 − 553) − 345000 = 31036, between 376589 − 1341 − 345000 = 30248 and 376589 + 235 − 345000
     * = 31824; the destination's loads 383502 − 376589 = 6913; guest start 383694 − 383502 = 192. Sum 72599 =
     * the blackout's estimate (72.599 ms); nothing unattributed.
     */
    @Test
    void precopyLimit100() {
        MigrationAnalysis analysis = analysis("full-trace-precopy-limit100");
        assertEquals(exactly(216), part(analysis, PartKind.STOPPING_VCPUS));
        assertEquals(exactly(32943), part(analysis, PartKind.RAM));
        assertEquals(exactly(1299), part(analysis, PartKind.DEVICE_STATE));
        assertEquals(between(30248, 31824, 31036), part(analysis, PartKind.WAITING_FOR_DESTINATION));
        assertEquals(exactly(6913), part(analysis, PartKind.DESTINATION_LOADS));
        assertEquals(exactly(192), part(analysis, PartKind.GUEST_START));
        assertEquals(exactly(0), part(analysis, PartKind.UNATTRIBUTED));
        assertTrue(analysis.why().parts().unmeasured().isEmpty());
        // The devices behind: ram saved in 32875 µs (src.log:249); the destination was loading ram during the
        // wait (dst.log:99, downtime=48330); its largest device loads: virtio-net 4676 (dst.log:186), virtio-blk 637 (189), ich9_ahci 339.
        BlackoutPart ram = analysis.why().parts().part(PartKind.RAM).orElseThrow();
        assertEquals(32875, ram.devices().get(0).micros());
        assertEquals(48330, analysis.why().parts().part(PartKind.WAITING_FOR_DESTINATION).orElseThrow()
                .devices().get(0).micros());
        assertEquals(List.of(4676L, 637L, 339L), analysis.why().parts().part(PartKind.DESTINATION_LOADS).orElseThrow()
                .devices().stream().map(PartDevice::micros).toList());
        assertEquals("0000:00:01.0/virtio-net", analysis.why().parts().part(PartKind.DESTINATION_LOADS).orElseThrow()
                .devices().get(0).key().idstr());
    }

    /**
     * full-trace-dst-stalled-200, offset below +4749 µs (one-sided), estimate +4749 µs (the bound).
     * src.log 169 src-downtime-start 593.251939, 170 src-vm-stopped 593.252091, 185 src-iterable-saved
     * 593.263473, 301 src-non-iterable-saved 593.264736; dst.log 62 {@code 593.488134 ... idstr=timer ...
     * downtime=3} (begun 593.488131), 159 dst-precopy-loadvm-completed 593.495075, 163 dst-precopy-bh-vm-started
     * 593.495455. Stop 152; RAM 11382; device state 1263; waiting (488131 − 4749) − 264736 = 218646, with no
     * upper bound (the offset has no lower one); loads 495075 − 488131 = 6944; guest start 380. Sum 238767 = the
     * blackout, at least 238.767 ms.
     */
    @Test
    void dstStalled200() {
        MigrationAnalysis analysis = analysis("full-trace-dst-stalled-200");
        assertEquals(exactly(152), part(analysis, PartKind.STOPPING_VCPUS));
        assertEquals(exactly(11382), part(analysis, PartKind.RAM));
        assertEquals(exactly(1263), part(analysis, PartKind.DEVICE_STATE));
        assertEquals(new Estimate(Interval.atLeast(218646), OptionalLong.of(218646)),
                part(analysis, PartKind.WAITING_FOR_DESTINATION));
        assertEquals(exactly(6944), part(analysis, PartKind.DESTINATION_LOADS));
        assertEquals(exactly(380), part(analysis, PartKind.GUEST_START));
        assertEquals(exactly(0), part(analysis, PartKind.UNATTRIBUTED));
    }

    /**
     * full-trace-kvm-8vcpu-many-devices, offset between −2970 and +1271 µs, estimate −850 µs.
     * src.log 31 src-downtime-start 594.978303, 32 src-vm-stopped 594.981808, 45 src-iterable-saved 594.981954,
     * 263 src-non-iterable-saved 594.992240; dst.log 28 {@code 594.988130 ... idstr=timer ... downtime=3} (begun
     * 594.988127), 227 dst-precopy-loadvm-completed 595.022143, 231 dst-precopy-bh-vm-started 595.023941.
     * Stop 3505; RAM 146; device state 10286. The destination's first device load began at 988127 − offset, at
     * most 988127 + 2970 = 991097 on the source's clock, before the source's last save (992240): the hosts
     * overlapped, the wait is 0 for every offset, and the destination's loads count from 992240: (022143 + 850)
     * − 992240 = 30753, between 022143 − 1271 − 992240 = 28632 and 022143 + 2970 − 992240 = 32873. Guest start
     * 023941 − 022143 = 1798. Sum 3505 + 146 + 10286 + 0 + 30753 + 1798 = 46488 = the blackout's estimate.
     */
    @Test
    void kvmDestinationOverlapsTheSource() {
        MigrationAnalysis analysis = analysis("full-trace-kvm-8vcpu-many-devices");
        assertEquals(exactly(3505), part(analysis, PartKind.STOPPING_VCPUS));
        assertEquals(exactly(146), part(analysis, PartKind.RAM));
        assertEquals(exactly(10286), part(analysis, PartKind.DEVICE_STATE));
        assertEquals(exactly(0), part(analysis, PartKind.WAITING_FOR_DESTINATION));
        assertTrue(analysis.why().parts().part(PartKind.WAITING_FOR_DESTINATION).orElseThrow().overlapped());
        assertEquals(between(28632, 32873, 30753), part(analysis, PartKind.DESTINATION_LOADS));
        assertFalse(analysis.why().parts().part(PartKind.DESTINATION_LOADS).orElseThrow().overlapped());
        assertEquals(exactly(1798), part(analysis, PartKind.GUEST_START));
        // The largest load: 0000:00:00.0/mch, dst.log:121 downtime=19552.
        assertEquals(19552, analysis.why().parts().part(PartKind.DESTINATION_LOADS).orElseThrow()
                .devices().get(0).micros());
    }

    /**
     * On every sample whose blackout is known, the parts' estimates add up to the blackout's exactly, none is
     * negative, and each part's bounds hold its estimate. Older traces lack no checkpoint of these, except the
     * libvirt one's pre-switchover hold, which is a part of its own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"full-trace-precopy-limit100", "full-trace-dst-stalled-200",
            "full-trace-kvm-8vcpu-many-devices", "dst-stalled-400ms", "postcopy-random-ram",
            "precopy-kvm-8vcpu-many-devices", "precopy-multifd-4ch", "precopy-q35-small", "precopy-return-path",
            "precopy-skewed-clocks", "strict-completed-300-10", "strict-missed-62ms-blackout-8-2",
            "libvirt-one-migration"})
    void partsAddUpToTheBlackout(String name) {
        MigrationAnalysis analysis = analysis(name);
        Estimate blackout = analysis.blackout().guestStopped().orElseThrow();
        long sum = 0;
        for (BlackoutPart part : analysis.why().parts().parts()) {
            long value = part.duration().value().getAsLong();
            assertTrue(value >= 0, part.toString());
            assertTrue(part.duration().bounds().contains(value), part.toString());
            assertTrue(part.duration().bounds().low().orElse(0) >= 0, part.toString());
            sum += value;
        }
        assertEquals(blackout.value().getAsLong(), sum);
        assertEquals(PartKind.UNATTRIBUTED, analysis.why().parts().parts()
                .get(analysis.why().parts().parts().size() - 1).kind());
    }
}
