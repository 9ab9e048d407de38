package io.downtime.blackout;

import java.util.OptionalLong;

/**
 * One device's time on each host, as QEMU measured it around the save or the load ({@code downtime=}).
 *
 * @param save  the source's save time in µs (summed when the section was saved more than once), empty
 *              when the source's log has no save of it
 * @param load  the destination's load time, likewise
 * @param saves how many save lines were summed
 * @param loads how many load lines were summed
 * @param loadAfterGuestStarted a load of it ended after the destination started the guest
 *              ({@code dst-*-vm-started}): in postcopy the RAM arrives while the guest runs, outside the
 *              blackout, so no figure of the blackout counts that load
 */
public record DeviceTimes(DeviceKey key, OptionalLong save, OptionalLong load, int saves, int loads,
                          boolean loadAfterGuestStarted) {

    /** A device whose loads, if any, all ended before the guest started on the destination. */
    public DeviceTimes(DeviceKey key, OptionalLong save, OptionalLong load, int saves, int loads) {
        this(key, save, load, saves, loads, false);
    }

    /** Save plus load: what the device cost the switchover on both hosts together. */
    public long total() {
        return DeviceBreakdown.plus(save.orElse(0), load.orElse(0));
    }
}
