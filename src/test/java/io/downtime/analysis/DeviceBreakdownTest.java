package io.downtime.analysis;

import io.downtime.blackout.DeviceBreakdown;
import io.downtime.blackout.DeviceKey;
import io.downtime.blackout.DeviceTimes;
import io.downtime.model.SectionType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeviceBreakdownTest {

    /**
     * dst-stalled-400ms: 43 sections saved (src.log), 33 loaded (dst.log); the 10 the destination never
     * logs (non-iterable ram, dirty-bitmap, smbus-eeprom 0-7) have no load time.
     * Iterable first: ram, save 485 (src.log:6), load 192 (dst.log:3). Non-iterable by save + load:
     * virtio-blk 610 + 1195 = 1805, virtio-net 634 + 977 = 1611, ich9_ahci 279 + 651 = 930,
     * ICH9LPC 360 + 514 = 874, kvm-tpr-opt 26 + 506 = 532, mch 8 + 498 = 506, ...
     */
    @Test
    void iterableFirstThenLargestNonIterable() {
        DeviceBreakdown devices = Analyses.of("dst-stalled-400ms").devices();
        assertEquals(43, devices.devices().size());
        DeviceTimes ram = devices.devices().get(0);
        assertEquals(new DeviceTimes(new DeviceKey("ram", 0, SectionType.ITERABLE), OptionalLong.of(485),
                OptionalLong.of(192), 1, 1), ram);
        assertEquals(List.of("0000:00:02.0/virtio-blk", "0000:00:01.0/virtio-net", "0000:00:1f.2/ich9_ahci",
                        "0000:00:1f.0/ICH9LPC", "kvm-tpr-opt", "0000:00:00.0/mch"),
                devices.topNonIterable(6).stream().map(d -> d.key().idstr()).toList());
        DeviceTimes eeprom = devices.of(SectionType.NON_ITERABLE).stream()
                .filter(d -> d.key().idstr().equals("smbus-eeprom") && d.key().instanceId() == 6).findFirst().orElseThrow();
        // src.log:43 ... smbus-eeprom instance_id=6 downtime=1; no load line
        assertEquals(OptionalLong.of(1), eeprom.save());
        assertEquals(OptionalLong.empty(), eeprom.load());
    }

    /**
     * Non-iterable totals (grep -o 'type=non-iterable.*downtime=[0-9]*' FILE | sed 's/.*downtime=//' |
     * paste -sd+ | bc): save 2277 µs over 42 sections, load 4696 µs. The top 10 save 610+634+279+360+26+8+15
     * +101+4+41 = 2078 and load 1195+977+651+514+506+498+179+24+76+16 = 4636; the other 32 save 2277 - 2078 =
     * 199 and load 4696 - 4636 = 60.
     */
    @Test
    void totalsAndTheRest() {
        DeviceBreakdown devices = Analyses.of("dst-stalled-400ms").devices();
        assertEquals(List.of(new DeviceBreakdown.TypeTotal(SectionType.ITERABLE, 1, 485, 192),
                new DeviceBreakdown.TypeTotal(SectionType.NON_ITERABLE, 42, 2277, 4696)), devices.totals());
        assertEquals(new DeviceBreakdown.Rest(32, 199, 60), devices.restNonIterable(10));
    }

    /** Devices need no timestamps: precopy-no-timestamps still has its 43 saves and 33 loads. */
    @Test
    void withoutTimestamps() {
        DeviceBreakdown devices = Analyses.of("precopy-no-timestamps").devices();
        assertEquals(43, devices.devices().size());
        assertEquals(33, devices.devices().stream().filter(d -> d.load().isPresent()).count());
    }
}
