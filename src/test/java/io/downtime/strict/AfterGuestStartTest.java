package io.downtime.strict;

import io.downtime.report.words.ReplayWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.blackout.DeviceBreakdown;
import io.downtime.blackout.DeviceTimes;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * postcopy-random-ram: the destination started the guest at dst.log:41 (dst-postcopy-bh-vm-started,
 * 1795654067.633414) and its load of ram ended at dst.log:42 (1795654068.160791), 527,377 µs later: that load
 * is outside the blackout, and a strict-mode firing there would lose the guest.
 */
class AfterGuestStartTest {

    @Test
    void theRamLoadAfterTheGuestStartedIsMarked() throws Exception {
        DeviceBreakdown devices = DeviceBreakdown.of(SampleMigrations.only("postcopy-random-ram"));
        List<DeviceTimes> late = devices.devices().stream().filter(DeviceTimes::loadAfterGuestStarted).toList();
        assertEquals(1, late.size());
        assertEquals("ram", late.get(0).key().idstr());
        assertEquals(280_472, late.get(0).load().getAsLong());

        String dir = SampleTraces.path("postcopy-random-ram").toString();
        CliRun text = CliRun.of("report", dir);
        assertTrue(text.out().contains("iterable      ram                             0     -  280472 *\n"), text.out());
        assertTrue(text.out().contains("\n* loaded after the guest started on the destination"), text.out());
        JsonNode json = new ObjectMapper().readTree(CliRun.of("report", "--format", "json", dir).out());
        assertTrue(json.at("/migrations/0/devices/0/after_guest_started").asBoolean());
        assertEquals("ram", json.at("/migrations/0/devices/0/idstr").asText());
        assertTrue(!json.at("/migrations/0/devices/1/after_guest_started").asBoolean());
        // precopy: every load ends before the guest starts
        assertTrue(DeviceBreakdown.of(SampleMigrations.only("precopy-return-path")).devices().stream()
                .noneMatch(DeviceTimes::loadAfterGuestStarted));
    }

    /**
     * At 100 + 10 ms the destination's checks before the guest started read at most 13 ms (its loads end 13.036 ms
     * after src-downtime-start at the latest, AT in the replay): none reaches 110; the ram load, 540 ms in, does:
     * the only firing loses the guest. At 5 + 1 ms the load of virtio-blk (dst.log:33, before the start) already
     * fires, 11 to 13 ms: fired rightly against a blackout of at least 13.495 ms.
     */
    @Test
    void aFiringAfterTheGuestStartedWouldLoseTheGuest() {
        PolicyVerdict late = Replays.replay("postcopy-random-ram", Policies.RFC, 100, 10);
        assertEquals(Certainty.FIRES, late.outcome().fired());
        assertEquals(Set.of(VerdictClass.LOSES_GUEST), late.outcome().classes());
        assertEquals("would lose the guest", ReplayWords.classes(late.outcome()));
        assertEquals(Consequence.GUEST_LOST, late.scenarios().get(0).first().orElseThrow().consequence());

        PolicyVerdict early = Replays.replay("postcopy-random-ram", Policies.RFC, 5, 1);
        assertEquals(Set.of(VerdictClass.FIRED_RIGHTLY), early.outcome().classes());
        assertEquals(33, early.scenarios().get(0).first().orElseThrow().at().where().line());
    }
}
